import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCrmHub, server } from "./support/crm-hub";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("CSM alerts when Salesforce rejects some records", () => {
  it("records the failed alert with Salesforce's reason, keeps the others, and creates it on a later run once fixed", async () => {
    const hub = await createCrmHub();
    await hub.call("POST", "/api/v1/crm/sync", { full: true });
    const payments = await hub.component("Payments");
    hub.sf.state.failWhat.set("0015g00000INITEC", "INACTIVE_OWNER_OR_USER");
    hub.sf.state.lockOnce.add("0015g00000GLOBEX");
    const incident = await hub.declare({
      severity: "P1",
      regions: ["EU"],
      components: [{ id: payments, status: "major_outage" }],
    });
    await hub.tick();

    const alerts = await hub.call("GET", `/api/v1/incidents/${incident.id}/crm-alerts`);
    expect(alerts.json.counts).toEqual({ open: 3, completed: 0, failed: 1 });
    expect(alerts.json.alerts.find((a) => a.account_id === "salesforce:0015g00000INITEC")).toMatchObject({
      status: "failed",
      ref: null,
      error: expect.stringContaining("INACTIVE_OWNER_OR_USER"),
    });
    expect([...hub.sf.state.tasks.values()].map((t) => t.WhatId)).toEqual(["0015g00000GLOBEX"]);

    hub.sf.state.failWhat.clear();
    const retried = await hub.call("POST", `/api/v1/incidents/${incident.id}/crm-alerts/sync`);
    expect(retried.json).toMatchObject({ created: 1, failed: [] });
    expect([...hub.sf.state.tasks.values()].map((t) => t.WhatId).sort()).toEqual([
      "0015g00000GLOBEX",
      "0015g00000INITEC",
    ]);
    expect((await hub.call("POST", "/api/v1/incidents/inc_nope/crm-alerts/sync")).status).toBe(404);
  });
});
