import { resolve } from "node:path";
import { setupServer } from "msw/node";
import { createApp } from "#apps/hub/app";
import { runHelpdeskWork } from "#apps/hub/jobs/helpdesk";
import { createServices } from "#apps/hub/services";
import { openSqlite } from "#apps/hub/storage/sqlite";
import { createZendeskConnector } from "#connectors/zendesk/index";
import { fakeZendesk } from "#connectors/zendesk/testing/fake-zendesk";
import { hashToken } from "#core/auth/tokens";
import { systemClock } from "#core/shared/clock";
import { deskTicket } from "#test/support/desk-ticket";

/**
 * Zendesk API calls Liaison makes to solve N linked tickets when their incident resolves, against
 * the minimum: ceil(N/100) update_many calls plus the job-status polls (show_many takes up to 100
 * jobs per call; Zendesk keeps at most 30 jobs in flight, so at least ceil(jobs/30) poll rounds).
 * Goal: ≤ 1.05 × the minimum. The fake account (msw) completes jobs before the first poll.
 */
const sizes = (process.env.BENCH_TICKETS ?? "100,1000,5000").split(",").map(Number);
const noPause = async () => {};

async function run(n: number) {
  const zd = fakeZendesk("https://acme.zendesk.com/api/v2");
  const server = setupServer(...zd.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const { db, runBatch, close } = openSqlite(":memory:", resolve(import.meta.dirname, "../migrations"));
  const desk = createZendeskConnector({
    subdomain: "acme",
    email: "liaison@acme.test",
    token: "bench",
    requestsPerMinute: 1e9,
    updatesPerMinute: 1e9,
  });
  const services = createServices({
    db,
    runBatch,
    clock: systemClock,
    desk,
    page: { id: "b", name: "Bench", url: "http://localhost", timeZone: "Etc/UTC" },
    adminTokenHash: await hashToken("bench-admin-token-000000"),
  });
  const app = createApp(services);
  const call = async (method: string, path: string, body: unknown) =>
    (
      await app.request(path, {
        method,
        headers: { authorization: "Bearer bench-admin-token-000000", "content-type": "application/json" },
        body: JSON.stringify(body),
      })
    ).json() as Promise<any>;
  const component = await call("POST", "/api/v1/components", { name: "Payments" });
  const inc = await call("POST", "/api/v1/incidents", {
    title: "Payments failing",
    severity: "P2",
    message: "Card payments fail.",
    components: [{ id: component.id, status: "major_outage" }],
  });
  await runHelpdeskWork(services, noPause);
  const now = new Date();
  for (let i = 0; i < n; i++) {
    zd.add({ id: 10_000 + i, subject: "Payments failing", created_at: now.toISOString() });
    await services.helpdesk.store.saveTicket(
      deskTicket({ id: String(10_000 + i), subject: "Payments failing", createdAt: now }),
      [],
    );
  }
  const ids = Array.from({ length: n }, (_, i) => String(10_000 + i));
  await services.helpdesk.store.saveLinks(
    ids.map((ticketId) => ({
      ticketId,
      incidentId: inc.id,
      state: "linked",
      mode: "auto",
      score: 0.8,
      reasons: [],
      linkedBy: "liaison",
      linkedAt: now,
      appliedAt: now,
      applyAttempts: 1,
      closeState: null,
      closeReason: null,
      closedAt: null,
    })),
  );
  await call("POST", `/api/v1/incidents/${inc.id}/updates`, {
    status: "resolved",
    message: "Card payments work again.",
  });
  zd.calls.length = 0;
  const started = performance.now();
  while ((await call("GET", `/api/v1/incidents/${inc.id}/helpdesk`, undefined)).autoClose.state !== "done")
    await runHelpdeskWork(services, noPause);
  const ms = performance.now() - started;
  const solved = [...zd.tickets.values()].filter((t) => t.status === "solved" && t.type !== "problem").length;
  if (solved !== n) throw new Error(`solved ${solved} of ${n}`);
  const jobs = Math.ceil(n / 100);
  const minimum = jobs + Math.ceil(jobs / 30);
  const used = zd.count("tickets.update_many") + zd.count("job_statuses.show_many");
  server.close();
  close();
  return { n, used, minimum, other: zd.calls.length - used, ms };
}

for (const n of sizes) {
  const r = await run(n);
  console.log(
    `${String(r.n).padStart(5)} tickets: ${r.used} calls (update_many + job polls) vs minimum ${r.minimum} → ratio ${(r.used / r.minimum).toFixed(3)}; plus ${r.other} other call(s) (macro off, problem ticket solved); ${r.ms.toFixed(0)} ms`,
  );
}
