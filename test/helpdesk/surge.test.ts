import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hours, minutes } from "#core/shared/clock";
import { customerTicket, workUntilQuiet, zendeskHub } from "./support";

let env: Awaited<ReturnType<typeof zendeskHub>>;
beforeEach(async () => {
  env = await zendeskHub();
});
afterEach(() => env.close());

const week = hours(24 * 7);

/** Two quiet tickets in this hour of the week for each of the past four weeks. */
async function quietHistory() {
  const { hub, zd } = env;
  const now = hub.clock.now().getTime();
  let id = 100;
  for (let w = 1; w <= 4; w++) {
    for (const subject of ["Change my billing address", "Question about seats"]) {
      const at = new Date(now - w * week + minutes(5 * (id % 5)));
      hub.clock.set(at);
      await customerTicket(hub, zd, id++, subject, { createdAt: at.toISOString() });
    }
  }
  hub.clock.set(new Date(now));
}

async function burst(subject: string, count: number, firstId: number) {
  const { hub, zd } = env;
  for (let i = 0; i < count; i++) {
    hub.clock.advance(minutes(1));
    await customerTicket(hub, zd, firstId + i, subject, { organizationId: String(9000 + i) });
  }
}

const surgeAlerts = () => env.hub.notifier.published.filter((p) => p.kind === "unexplained_surge");

describe("ticket surges", () => {
  it("raises one unexplained-surge alert when tickets spike and no incident explains them", async () => {
    await quietHistory();
    await burst("Cannot download invoices", 12, 300);
    await workUntilQuiet(env.hub);
    expect(surgeAlerts()).toHaveLength(1);
    expect(surgeAlerts()[0]!.messages[0]!.text).toMatch(/keyword:invoices: 12 tickets/);
    expect(surgeAlerts()[0]!.audience.internal).toBe(true);
    const surges = (await env.hub.call("GET", "/api/v1/helpdesk/surges")).json.surges;
    expect(surges.map((s: { series: string }) => s.series)).toEqual(
      expect.arrayContaining(["total", "keyword:invoices", "keyword:download"]),
    );
    expect(surges.every((s: { unexplained: boolean }) => s.unexplained)).toBe(true);
    await workUntilQuiet(env.hub);
    expect(surgeAlerts()).toHaveLength(1);
  });

  it("stays quiet at normal volume, and a declared incident explains a matching surge", async () => {
    await quietHistory();
    await burst("Cannot download invoices", 3, 300);
    await workUntilQuiet(env.hub);
    expect((await env.hub.call("GET", "/api/v1/helpdesk/surges")).json.surges).toEqual([]);

    const billing = await env.hub.component("Invoices");
    const inc = await env.hub.declare({
      title: "Invoice downloads failing",
      severity: "P3",
      message: "Invoice downloads fail.",
      components: [{ id: billing, status: "degraded_performance" }],
    });
    await burst("Invoices will not download", 12, 400);
    await workUntilQuiet(env.hub);
    expect(surgeAlerts()).toHaveLength(0);
    const surges = (await env.hub.call("GET", "/api/v1/helpdesk/surges")).json.surges;
    expect(surges.find((s) => s.series === "keyword:invoices")?.explainedBy).toEqual([inc.id]);
    const kpi = (await env.hub.call("GET", `/api/v1/incidents/${inc.id}/helpdesk`)).json;
    // 12 from the burst, plus the 3 earlier invoice tickets the backfill found within the lead time.
    expect(kpi.tickets.linked).toBe(15);
    expect(kpi.curve.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(15);
    expect(kpi.backfill).toMatchObject({ state: "done", done: kpi.backfill.total });
    expect(kpi.timeline[0].body).toBe("Invoice downloads fail.");
  });
});
