import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCrmHub, server } from "./support/crm-hub";
import type { SfCollection } from "./support/salesforce-org";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("Done when: a P1 on EU payments", () => {
  it("calls exactly the affected strategic and enterprise accounts, alerts their CSMs in both CRMs, and completes the alerts on resolve", async () => {
    const hub = await createCrmHub();
    const sync = await hub.call("POST", "/api/v1/crm/sync", { full: true });
    expect(sync.status).toBe(200);
    expect(sync.json.runs.map((r) => [r.source, r.status, r.accounts_seen])).toEqual([
      ["hubspot", "succeeded", 4],
      ["salesforce", "succeeded", 6],
    ]);

    const payments = await hub.component("Payments", "Platform");
    await hub.component("Search", "Platform");
    const incident = await hub.declare({
      title: "Card payments failing",
      severity: "P1",
      regions: ["EU"],
      components: [{ id: payments, status: "major_outage" }],
      message: "Some card payments in Europe fail. We are investigating.",
    });
    await hub.tick();

    const outreach = await hub.call("GET", `/api/v1/incidents/${incident.id}/outreach`);
    expect(outreach.json.entries.map((e) => [e.account, e.tier, e.arr])).toEqual([
      ["Globex GmbH", "strategic", 2_400_000],
      ["Hooli Europe", "strategic", 1_100_000],
      ["Soylent SAS", "enterprise", 3_000_000],
      ["Initech SE", "enterprise", 900_000],
    ]);
    expect(outreach.json.flagged.map((a) => a.name)).toEqual(["Wayne Ltd"]);
    expect(outreach.json.entries[0]).toMatchObject({
      csm: { name: "Ana Lopez" },
      contact: { name: "Greta Weber", phone: "+49 30 5550 1234" },
      state: "pending",
    });

    const affected = await hub.call("GET", `/api/v1/incidents/${incident.id}/affected-accounts`);
    expect(affected.json.flagged.map((a) => a.name)).toEqual(["Wayne Ltd"]);
    expect(affected.json.broadcast.map((a) => a.name).sort()).toEqual(["Acme Retail", "Stark BV"]);

    const sfCreates = hub.sf.state.calls
      .filter((c) => c.method === "POST" && c.path.endsWith("/composite/sobjects"))
      .map((c) => c.body as SfCollection);
    expect(sfCreates).toHaveLength(1);
    expect(sfCreates[0].records.map((r) => [r.WhatId, r.OwnerId, r.Priority])).toEqual([
      ["0015g00000GLOBEX", "0055g00000CSMANA", "High"],
      ["0015g00000INITEC", "0055g00000CSMBEN", "High"],
    ]);
    expect(sfCreates[0].records[0].Subject).toBe("[P1] Card payments failing (investigating)");
    expect(sfCreates[0].records[0].Description).toContain(`https://status.example.com/incidents/${incident.id}`);
    expect(sfCreates[0].records[0].Description).toMatch(/Next update due: 2026-11-20T10:30:00.000Z/);
    expect(hub.sf.state.feed.map((f) => f.body.messageSegments[0].id)).toEqual([
      "0055g00000CSMANA",
      "0055g00000CSMBEN",
    ]);
    expect(
      [...hub.hs.state.tasks.values()]
        .map((t) => [t.associations[0].to.id, t.properties.hubspot_owner_id, t.properties.hs_task_type])
        .sort(),
    ).toEqual([
      ["9001", "71000001", "CALL"],
      ["9002", "71000002", "CALL"],
    ]);
    expect(hub.hs.state.notes).toHaveLength(2);

    // A second tick with nothing new creates nothing twice.
    await hub.tick();
    expect(hub.sf.state.tasks.size).toBe(2);

    await hub.call("POST", `/api/v1/incidents/${incident.id}/updates`, {
      status: "identified",
      message: "We found the cause of the failing card payments and are fixing it.",
    });
    await hub.tick();
    expect([...hub.sf.state.tasks.values()].map((t) => t.Subject)).toEqual([
      "[P1] Card payments failing (identified)",
      "[P1] Card payments failing (identified)",
    ]);

    const resolved = await hub.call("POST", `/api/v1/incidents/${incident.id}/updates`, {
      status: "resolved",
      message: "Card payments work again. No payment was charged twice.",
    });
    expect(resolved.status).toBe(201);
    await hub.tick();
    expect([...hub.sf.state.tasks.values()].map((t) => t.Status)).toEqual(["Completed", "Completed"]);
    expect([...hub.hs.state.tasks.values()].map((t) => t.properties.hs_task_status)).toEqual([
      "COMPLETED",
      "COMPLETED",
    ]);
    const alerts = await hub.call("GET", `/api/v1/incidents/${incident.id}/crm-alerts`);
    expect(alerts.json.counts).toEqual({ open: 0, completed: 4, failed: 0 });

    // Reopening opens the same tasks again instead of creating new ones.
    const reopened = await hub.call("POST", `/api/v1/incidents/${incident.id}/reopen`, {
      message: "Some card payments fail again. We are investigating.",
      reason: "errors returned",
    });
    expect(reopened.status).toBe(201);
    await hub.tick();
    expect([...hub.sf.state.tasks.values()].map((t) => [t.Status, t.Subject])).toEqual([
      ["Not Started", "[P1] Card payments failing (investigating)"],
      ["Not Started", "[P1] Card payments failing (investigating)"],
    ]);
    expect([...hub.hs.state.tasks.values()].map((t) => t.properties.hs_task_status)).toEqual([
      "NOT_STARTED",
      "NOT_STARTED",
    ]);
    expect((await hub.call("GET", `/api/v1/incidents/${incident.id}/crm-alerts`)).json.counts).toEqual({
      open: 4,
      completed: 0,
      failed: 0,
    });
    hub.close();
  });
});
