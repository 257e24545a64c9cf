import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Account } from "#core/crm/model";
import { minutes } from "#core/shared/clock";
import { customerTicket, workUntilQuiet, zendeskHub } from "./support";

let env: Awaited<ReturnType<typeof zendeskHub>>;
beforeEach(async () => {
  env = await zendeskHub();
});
afterEach(() => env.close());

const account = (externalId: string, name: string, tier: Account["tier"], regions: string[]): Account => ({
  id: `salesforce:${externalId}`,
  source: "salesforce",
  externalId,
  name,
  tier,
  arr: 1_200_000,
  regions,
  products: ["Payments"],
  segments: [],
  owner: { id: "005A", name: "Dana Whitfield", email: "dana@acme.test", phone: "+442071234567" },
  contacts: [],
  modifiedAt: new Date("2026-11-01T00:00:00Z"),
});

describe("help-desk organisations mapped to CRM accounts", () => {
  it("takes tier, region and CSM from the CRM when the ticket has none, for the sidebar, targeting and auto-close", async () => {
    const { hub, zd } = env;
    await hub.services.crm!.store.upsertAccounts(
      [account("001GLOBEX", "Globex", "strategic", ["eu"]), account("001SMALL", "Small Shop", "standard", ["eu"])],
      new Date(),
    );
    const payments = await hub.component("Payments");
    const inc = await hub.declare({
      title: "EU payments failing",
      severity: "P1",
      message: "Card payments fail in Europe.",
      components: [{ id: payments, status: "major_outage" }],
      regions: ["eu"],
    });
    await workUntilQuiet(hub);
    hub.clock.advance(minutes(1));
    await customerTicket(hub, zd, 1201, "Payments failing", { organizationId: "001GLOBEX" });
    await customerTicket(hub, zd, 1202, "Payments failing", { organizationName: "small shop" });
    await workUntilQuiet(hub);

    const ctx = (await hub.call("GET", "/api/v1/helpdesk/tickets/1201/context")).json;
    expect(ctx.account).toEqual({
      name: "Globex",
      tier: "strategic",
      csm: { name: "Dana Whitfield", email: "dana@acme.test" },
    });
    expect(ctx.incidents[0].link.reasons).toContain("in affected region eu");
    expect((await hub.call("GET", "/api/v1/helpdesk/tickets/1202/context")).json.account).toMatchObject({
      name: "Small Shop",
      tier: "standard",
    });

    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "resolved",
      message: "Card payments work again.",
    });
    await workUntilQuiet(hub);
    expect(zd.tickets.get(1201)!.status).toBe("new");
    expect(zd.tickets.get(1202)!.status).toBe("solved");
    expect((await hub.call("GET", "/api/v1/helpdesk/tickets/1201/context")).json.incidents[0].autoClose).toEqual({
      state: "kept_open",
      reason: "policy keeps strategic tickets with a human",
    });
  });

  it("keeps what the webhook told about a ticket when the backfill reads it again through search", async () => {
    const { hub, zd } = env;
    await hub.services.crm!.store.upsertAccounts([account("001GLOBEX", "Globex", "strategic", ["eu"])], new Date());
    const payments = await hub.component("Payments");
    // The ticket comes in before anyone declares the incident; search later returns Zendesk's numeric org id and no
    // language.
    await customerTicket(hub, zd, 1301, "Payments failing", { organizationId: "001GLOBEX", locale: "fr-FR" });
    await workUntilQuiet(hub);
    hub.clock.advance(minutes(5));
    const inc = await hub.declare({
      title: "EU payments failing",
      severity: "P1",
      message: "Card payments fail in Europe.",
      components: [{ id: payments, status: "major_outage" }],
      regions: ["eu"],
    });
    await workUntilQuiet(hub);
    const ctx = (await hub.call("GET", "/api/v1/helpdesk/tickets/1301/context")).json;
    expect(ctx.incidents[0].link.state).toBe("linked");
    expect(ctx.account).toMatchObject({ name: "Globex", tier: "strategic" });
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "resolved",
      message: "Card payments work again.",
    });
    await workUntilQuiet(hub);
    expect(zd.tickets.get(1301)!.status).toBe("new");
  });
});
