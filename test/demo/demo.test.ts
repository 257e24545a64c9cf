import { afterEach, describe, expect, it } from "vitest";
import { offerDemo } from "#apps/hub/wiring/demo";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
afterEach(() => hub.close());

describe("demo data", () => {
  it("is only offered on an empty hub without LIAISON_DEMO", async () => {
    hub = await createTestHub();
    expect(await offerDemo(hub.services, {})).toMatch(/LIAISON_DEMO=1/);
    expect((await hub.call("GET", "/api/v2/summary.json")).json.components).toEqual([]);
  });

  it("fills an empty hub with a page a newcomer can read, and never touches a hub that has data", async () => {
    hub = await createTestHub({ now: new Date("2026-11-20T10:00:00Z") });
    expect(await offerDemo(hub.services, { LIAISON_DEMO: "1" })).toMatch(/Loaded the demo/);
    const summary = (await hub.call("GET", "/api/v2/summary.json")).json;
    expect(summary.components.filter((c: { group: boolean }) => !c.group)).toHaveLength(8);
    expect(summary.incidents.map((i: { name: string; impact: string }) => [i.name, i.impact])).toEqual([
      ["Checkout errors for some customers in Europe", "major"],
    ]);
    expect(summary.incidents[0].incident_updates.map((u: { status: string }) => u.status)).toEqual([
      "identified",
      "investigating",
    ]);
    expect(summary.scheduled_maintenances.map((m: { name: string }) => m.name)).toEqual(["Payouts provider upgrade"]);
    const history = (await hub.call("GET", "/api/v2/incidents.json")).json.incidents;
    expect(history).toHaveLength(5);
    expect(history.filter((i: { status: string }) => i.status === "resolved")).toHaveLength(4);
    const outreach = await hub.services.crm!.store.listAccounts();
    expect(outreach.map((a) => a.tier)).toContain("strategic");
    // Past announcements are history: nothing waits to be sent, to the help desk or anyone.
    expect(await hub.services.store.listPendingEvents(10)).toEqual([]);
    expect(hub.notifier.published).toEqual([]);
    expect(await offerDemo(hub.services, { LIAISON_DEMO: "1" })).toBeNull();
    expect((await hub.call("GET", "/api/v1/components")).json.components).toHaveLength(8);
  });
});
