import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inProcessRunner } from "#apps/hub/jobs/in-process";
import { handleEvents } from "#apps/hub/jobs/scheduled";
import type { Account } from "#core/crm/model";
import { tokenFor } from "../comms/support";
import { customerTicket, zendeskHub } from "../helpdesk/support";

/** The Node runtime's wiring (as in apps/hub/node.ts): kicks go to the in-process runner. No test calls a tick. */
let env: Awaited<ReturnType<typeof zendeskHub>>;
let runner: ReturnType<typeof inProcessRunner>;
beforeEach(async () => {
  env = await zendeskHub({ kick: () => runner.kick() });
  runner = inProcessRunner(env.hub.services, (events) => handleEvents(events, env.hub.services));
});
afterEach(async () => {
  await runner.settled();
  env.close();
});

const globex: Account = {
  id: "salesforce:001GLOBEX",
  source: "salesforce",
  externalId: "001GLOBEX",
  name: "Globex",
  tier: "strategic",
  arr: 1_200_000,
  regions: [],
  products: ["Payments"],
  segments: [],
  owner: { id: "005A", name: "Dana Whitfield", email: "dana@acme.test", phone: "+442071234567" },
  contacts: [],
  modifiedAt: new Date("2026-11-01T00:00:00Z"),
};

async function paymentsIncident() {
  const { hub } = env;
  await hub.services.crm!.store.upsertAccounts([globex], hub.clock.now());
  const payments = await hub.component("Payments");
  return hub.declare({ severity: "P1", components: [{ id: payments, status: "major_outage" }] });
}

describe("kicked work on Node (same cases as test/workers/kick.test.ts)", () => {
  it("refreshes outreach lists for the incident events a webhook kick drains", async () => {
    const inc = await paymentsIncident();
    expect(await env.hub.services.crm!.store.listOutreach(inc.id)).toEqual([]);
    expect((await customerTicket(env.hub, env.zd, 701, "Card payments failing")).status).toBe(202);
    await runner.settled();
    expect((await env.hub.services.crm!.store.listOutreach(inc.id)).map((e) => e.accountId)).toEqual([globex.id]);
    expect(await env.hub.services.store.listPendingEvents(10)).toEqual([]);
  });

  it("applies a link made through the API in the help desk without waiting for a tick", async () => {
    const { hub, zd } = env;
    const inc = await paymentsIncident();
    zd.add({ id: 800, subject: "Strange error", created_at: hub.clock.now().toISOString() });
    const agent = await tokenFor(hub, "agent");
    expect((await hub.call("POST", "/api/v1/helpdesk/tickets/800/links", { incidentId: inc.id }, agent)).status).toBe(
      201,
    );
    await runner.settled();
    expect(zd.tickets.get(800)!.tags).toContain(`liaison_incident_${inc.id}`);
    expect((await hub.services.crm!.store.listOutreach(inc.id)).map((e) => e.accountId)).toEqual([globex.id]);
  });
});
