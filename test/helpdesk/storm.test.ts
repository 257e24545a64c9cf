import { afterEach, describe, expect, it } from "vitest";
import { minutes } from "#core/shared/clock";
import { customerTicket, workUntilQuiet, zendeskHub } from "./support";

let env: Awaited<ReturnType<typeof zendeskHub>>;
afterEach(() => env.close());

async function runIncident(matching: number, others: number) {
  const { hub, zd } = env;
  const payments = await hub.component("Payments");
  const inc = await hub.declare({
    title: "Card payments failing",
    severity: "P2",
    message: "Some card payments fail.",
    components: [{ id: payments, status: "partial_outage" }],
  });
  await workUntilQuiet(hub);
  hub.clock.advance(minutes(1));
  for (let i = 0; i < matching; i++)
    await customerTicket(
      hub,
      zd,
      1000 + i,
      i % 2 ? "payments failing" : "Payment error at checkout: Payments declined",
    );
  for (let i = 0; i < others; i++) await customerTicket(hub, zd, 5000 + i, "Where can I download my invoice?");
  const linking = await workUntilQuiet(hub);
  hub.clock.advance(minutes(20));
  await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
    status: "resolved",
    message: "Card payments work again.",
  });
  const closing = await workUntilQuiet(hub);
  return { inc, failures: linking.failures + closing.failures };
}

function expectExactlyOnce(matching: number, incId: string) {
  const { zd } = env;
  for (let i = 0; i < matching; i++) {
    const t = zd.tickets.get(1000 + i)!;
    expect(t.tags).toEqual(
      expect.arrayContaining([`liaison_incident_${incId}`, "known_issue", `liaison_solved_${incId}`]),
    );
    expect(t.type).toBe("incident");
    expect(t.problem_id).not.toBeNull();
    expect(t.comments.filter((c) => !c.public)).toHaveLength(1);
    expect(t.comments.filter((c) => c.public)).toHaveLength(1);
    expect(t.status).toBe("solved");
  }
}

// Thousands of Zendesk calls per test: give a loaded CI machine room beyond the default 20 s.
describe("Zendesk storm and crash", { timeout: 90_000 }, () => {
  it("with 20% of calls answering 429 or 500, every matched ticket is tagged, linked and solved exactly once", async () => {
    env = await zendeskHub({ faultRate: 0.2, pollsBeforeDone: 1 });
    const { inc } = await runIncident(150, 20);
    expect(env.zd.state.faults).toBeGreaterThan(20);
    expectExactlyOnce(150, inc.id);
    for (let i = 0; i < 20; i++)
      expect(env.zd.tickets.get(5000 + i)).toMatchObject({ tags: [], comments: [], status: "new" });
    expect((await env.hub.call("GET", `/api/v1/incidents/${inc.id}/helpdesk`)).json.autoClose).toEqual({
      state: "done",
      total: 150,
      solved: 150,
      keptOpen: 0,
      failed: 0,
    });
  });

  it("resumes auto-close after dying between Zendesk accepting a job and Liaison recording it, without double-posting", async () => {
    let submitted = 0;
    env = await zendeskHub();
    const real = env.hub.services.helpdesk.desk!;
    env.hub.services.helpdesk.desk = {
      ...real,
      async updateMany(ids, change) {
        const job = await real.updateMany(ids, change);
        if (++submitted === 2) throw new Error("process killed");
        return job;
      },
    };
    const { inc, failures } = await runIncident(250, 0);
    expect(failures).toBe(1);
    expect(env.zd.count("tickets.update_many")).toBe(3);
    expectExactlyOnce(250, inc.id);
  });
});
