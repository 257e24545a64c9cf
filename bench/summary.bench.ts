import { fork } from "node:child_process";
import { measure } from "./load";

/**
 * req/s of /api/v2/summary.json (20 components, 50 incidents of history) as a ratio to an empty
 * Hono route served the same way, measured in alternating rounds in one run. Goal: ≥ 0.70.
 */
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const ms = Number(process.env.BENCH_MS ?? 3000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const server = fork(new URL("./serve.ts", import.meta.url), { execArgv: ["--import", "tsx"], stdio: "inherit" });
const ports = await new Promise<{ hub: number; empty: number }>((r) =>
  server.once("message", (m) => r(m as { hub: number; empty: number })),
);
const target = {
  empty: `http://127.0.0.1:${ports.empty}/`,
  summary: `http://127.0.0.1:${ports.hub}/api/v2/summary.json`,
};

await measure(target.empty, connections, 1000);
await measure(target.summary, connections, 1000);
const results: { empty: number[]; summary: number[] } = { empty: [], summary: [] };
for (let i = 0; i < rounds; i++) {
  for (const name of ["empty", "summary"] as const) {
    const r = await measure(target[name], connections, ms);
    if (r.errors) throw new Error(`${name}: ${r.errors} failed requests`);
    results[name].push(r.rps);
    console.log(`round ${i + 1} ${name.padEnd(7)} ${r.rps.toFixed(0)} req/s (${r.bytes.toFixed(0)} bytes/response)`);
  }
}
server.kill();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// Each round's pair ran back to back, so the median of per-round ratios cancels drift in machine load.
const ratio = median(results.summary.map((s, i) => s / results.empty[i]!));
console.log(`\nempty Hono route: ${median(results.empty).toFixed(0)} req/s (median of ${rounds})`);
console.log(`/api/v2/summary.json: ${median(results.summary).toFixed(0)} req/s (median of ${rounds})`);
console.log(`ratio summary/empty: ${ratio.toFixed(2)} (median of per-round ratios; goal ≥ 0.70)`);
