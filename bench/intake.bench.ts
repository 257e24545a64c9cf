import { fork } from "node:child_process";
import { createHmac } from "node:crypto";
import { Agent, request } from "node:http";
import { webhookBody } from "#connectors/zendesk/fixtures";

/**
 * Signed Zendesk webhooks accepted per second by the Node hub (verify the signature, parse, store
 * the delivery in the outbox, answer 202), every body a new ticket. Goal: ≥ 2,000/s. Also printed
 * as a ratio to an empty Hono POST route served the same way.
 */
const secret = "bench-zendesk-signing-secret";
const ms = Number(process.env.BENCH_MS ?? 3000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
let nextTicket = 1;

async function load(url: string, duration: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const deadline = performance.now() + duration;
  let done = 0;
  let errors = 0;
  const once = () =>
    new Promise<void>((resolveOne) => {
      const raw = JSON.stringify(
        webhookBody({
          id: nextTicket++,
          subject: "Payments failing at checkout",
          description: "Card payments fail since 10:00.",
          createdAt: new Date().toISOString(),
        }),
      );
      const timestamp = new Date().toISOString();
      const signature = createHmac("sha256", secret)
        .update(timestamp + raw)
        .digest("base64");
      const req = request(
        url,
        {
          agent,
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-zendesk-webhook-signature": signature,
            "x-zendesk-webhook-signature-timestamp": timestamp,
          },
        },
        (res) => {
          if (res.statusCode !== 202) errors++;
          res.resume();
          res.on("end", resolveOne);
        },
      );
      req.on("error", () => {
        errors++;
        resolveOne();
      });
      req.end(raw);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        await once();
        done++;
      }
    }),
  );
  agent.destroy();
  if (errors) throw new Error(`${errors} requests were not accepted`);
  return (done / (performance.now() - started)) * 1000;
}

const server = fork(new URL("./intake-serve.ts", import.meta.url), {
  execArgv: ["--import", "tsx"],
  stdio: "inherit",
  env: { ...process.env, BENCH_SECRET: secret },
});
const ports = await new Promise<{ hub: number; empty: number }>((r) =>
  server.once("message", (m) => r(m as { hub: number; empty: number })),
);
const targets = { empty: `http://127.0.0.1:${ports.empty}/`, intake: `http://127.0.0.1:${ports.hub}/webhooks/zendesk` };
await load(targets.empty, 500);
await load(targets.intake, 500);
const ratios: number[] = [];
const intake: number[] = [];
for (let i = 0; i < rounds; i++) {
  const e = await load(targets.empty, ms);
  const w = await load(targets.intake, ms);
  intake.push(w);
  ratios.push(w / e);
  console.log(`round ${i + 1}: empty POST ${e.toFixed(0)} req/s, signed webhook intake ${w.toFixed(0)} req/s`);
}
server.kill();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `signed-webhook intake: ${median(intake).toFixed(0)} req/s (goal ≥ 2,000/s: ${(median(intake) / 2000).toFixed(2)}× the goal); ratio to an empty POST route ${median(ratios).toFixed(2)}`,
);
