import { fork } from "node:child_process";
import { createHmac } from "node:crypto";
import { Agent, request } from "node:http";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { pagerDutyEvent } from "#connectors/monitoring/pagerduty/fixtures";

/**
 * Signed monitoring alerts accepted per second by the Node hub (real @hono/node-server on
 * loopback): verify the signature, parse, map, group into candidates, store, answer 202. Each
 * round sends a fixed number of requests to the intake and to an empty POST route on the same
 * server, and prints intake/empty as a ratio.
 */
const pdSecret = "bench-pagerduty-secret-0123456789";
const amToken = "bench-alertmanager-token-0123456789";
const perRound = Number(process.env.BENCH_REQUESTS ?? 1500);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
let sequence = 0;

type Shot = { path: string; headers: Record<string, string>; body: string };
const empty = (): Shot => ({ path: "/bench/empty", headers: {}, body: JSON.stringify({ n: sequence++ }) });
/** A new PagerDuty event each time (unique event id), over 50 incidents that trigger and resolve in turn. */
function pagerDuty(): Shot {
  const n = sequence++;
  const body = JSON.stringify(
    pagerDutyEvent({
      eventId: `01BENCH${n}`,
      type: n % 100 < 50 ? "incident.triggered" : "incident.resolved",
      incidentId: `QB${n % 50}`,
      occurredAt: new Date().toISOString(),
    }),
  );
  return {
    path: "/webhooks/pagerduty",
    headers: { "x-pagerduty-signature": `v1=${createHmac("sha256", pdSecret).update(body).digest("hex")}` },
    body,
  };
}
/** An Alertmanager notification of three alerts, over 20 groups whose alerts fire and resolve in turn. */
function alertmanager(): Shot {
  const n = sequence++;
  const group = n % 20;
  const status = Math.floor(n / 20) % 2 ? ("resolved" as const) : ("firing" as const);
  const at = new Date().toISOString();
  const body = JSON.stringify(
    alertmanagerNotification(
      [0, 1, 2].map((i) => ({
        alertname: `Alert${i}`,
        fingerprint: `fp${group}-${i}`,
        status,
        startsAt: at,
        endsAt: status === "resolved" ? at : undefined,
        labels: { service: `svc${group}` },
      })),
    ),
  );
  return { path: "/webhooks/alertmanager", headers: { authorization: `Bearer ${amToken}` }, body };
}

async function load(port: number, next: () => Shot, count: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  let sent = 0;
  let errors = 0;
  const once = (shot: Shot) =>
    new Promise<void>((done) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: shot.path,
          agent,
          method: "POST",
          headers: { "content-type": "application/json", ...shot.headers },
        },
        (res) => {
          if (res.statusCode !== 202) errors++;
          res.resume();
          res.on("end", done);
        },
      );
      req.on("error", () => {
        errors++;
        done();
      });
      req.end(shot.body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (sent < count) {
        sent++;
        await once(next());
      }
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  if (errors) throw new Error(`${errors} requests were not accepted`);
  return (count / elapsed) * 1000;
}

const server = fork(new URL("./alert-intake-serve.ts", import.meta.url), {
  execArgv: ["--import", "tsx"],
  stdio: "inherit",
  env: { ...process.env, BENCH_PD_SECRET: pdSecret, BENCH_AM_TOKEN: amToken },
});
const { port } = await new Promise<{ port: number }>((r) => server.once("message", (m) => r(m as { port: number })));
await load(port, empty, 500);
await load(port, pagerDuty, 500);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, { rate: number[]; ratio: number[] }> = {
  pagerduty: { rate: [], ratio: [] },
  alertmanager: { rate: [], ratio: [] },
};
for (let i = 0; i < rounds; i++) {
  const base = await load(port, empty, perRound);
  const pd = await load(port, pagerDuty, perRound);
  const am = await load(port, alertmanager, perRound);
  results.pagerduty!.rate.push(pd);
  results.pagerduty!.ratio.push(pd / base);
  results.alertmanager!.rate.push(am);
  results.alertmanager!.ratio.push(am / base);
  console.log(
    `round ${i + 1}: empty POST ${base.toFixed(0)} req/s, PagerDuty (HMAC) ${pd.toFixed(0)} req/s, Alertmanager (bearer, 3 alerts) ${am.toFixed(0)} req/s`,
  );
}
server.kill();
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name} signed alert intake: ${median(r.rate).toFixed(0)} req/s; ratio to the empty POST route on the same server ${median(r.ratio).toFixed(2)}`,
  );
}
