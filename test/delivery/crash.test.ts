import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { caller } from "#test/support/call";
import { freePort, waitForOk } from "../support/ports";
import { type Sink, startSink } from "./sink";
import { sinkEnv } from "./support";

const root = join(import.meta.dirname, "../..");
const dbPath = join(mkdtempSync(join(tmpdir(), "liaison-crash-")), "hub.sqlite");
const token = "crash-test-admin-token-0123";
const subscriberCount = 10_000;
let child: ChildProcess | undefined;
let sink: Sink;

async function startHub(port: number) {
  child = spawn(process.execPath, ["--import", "tsx", "apps/hub/node.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...sinkEnv(sink.url),
      PORT: String(port),
      LIAISON_DB: dbPath,
      LIAISON_ADMIN_TOKEN: token,
      LIAISON_TICK_MS: "100",
      LIAISON_DELIVERY_LEASE_MS: "2000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForOk(`http://127.0.0.1:${port}/healthz`, 20_000);
}

const api = async <M extends string, P extends string>(base: string, method: M, path: P, body?: unknown) => {
  const call = caller((p, init) => fetch(`${base}${p}`, init), { authorization: `Bearer ${token}` });
  const res = await call(method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return res.json;
};

const waitFor = async (check: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

afterAll(async () => {
  child?.kill("SIGKILL");
  await sink?.close();
});

describe("crash test: kill -9 mid fan-out, then restart", () => {
  it("ends with exactly one message per recipient at the sink", async () => {
    // A SendGrid call carries 1,000 recipients and takes its time; the kill lands between calls or mid-call.
    sink = await startSink({ latencyMs: 100 });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    await startHub(port);
    for (let i = 0; i < subscriberCount; i += 1000) {
      const contacts = Array.from({ length: 1000 }, (_, j) => ({ email: `user${i + j}@example.com` }));
      await api(base, "POST", "/api/v1/subscribers/import", { contacts });
    }
    const inc = await api(base, "POST", "/api/v1/incidents", {
      title: "Checkout errors",
      severity: "P2",
      message: "We are investigating failed checkouts.",
    });
    const draft = await api(base, "POST", `/api/v1/incidents/${inc.id}/drafts`, {});
    await api(base, "POST", `/api/v1/drafts/${draft.id}/submit`);
    await api(base, "POST", `/api/v1/drafts/${draft.id}/override`, { reason: "crash drill" });
    await api(base, "POST", `/api/v1/drafts/${draft.id}/publish`, {});

    await waitFor(() => sink.stats().accepted >= 1500, 30_000);
    child!.kill("SIGKILL");
    await new Promise((r) => child!.once("exit", r));
    const atKill = sink.stats().accepted;
    expect(atKill).toBeLessThan(subscriberCount);

    await startHub(port);
    await waitFor(() => sink.stats().accepted >= subscriberCount, 40_000);
    await new Promise((r) => setTimeout(r, 500));
    const counts = [...sink.byRecipient.values()].map((m) => m.length);
    expect(sink.byRecipient.size).toBe(subscriberCount);
    expect(counts.every((n) => n === 1)).toBe(true);
    console.log(JSON.stringify({ crash: { atKill, ...sink.stats() } }));
  }, 90_000);
});
