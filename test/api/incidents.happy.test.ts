import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Problem } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

describe("incident lifecycle through /api/v1", () => {
  it("declares, moves through every phase and resolves, restoring components", async () => {
    const api = await hub.component("API", "Platform");
    const web = await hub.component("Dashboard", "Platform");
    const declared = await hub.declare({
      severity: "P1",
      components: [
        { id: api, status: "major_outage" },
        { id: web, status: "degraded_performance" },
      ],
      regions: ["us-east"],
      segments: ["enterprise"],
    });
    expect(declared).toMatchObject({
      status: "investigating",
      severity: "P1",
      impact: "critical",
      regions: ["us-east"],
    });
    expect(declared.next_update_due_at).toBe("2026-11-20T10:30:00.000Z");

    hub.clock.advance(10 * 60_000);
    const identified = await hub.call("POST", `/api/v1/incidents/${declared.id}/updates`, {
      status: "identified",
      message: "We found the cause and are fixing it.",
      components: [{ id: api, status: "partial_outage" }],
    });
    expect(identified.status).toBe(201);
    expect(identified.json.identified_at).toBe("2026-11-20T10:10:00.000Z");
    expect(identified.json.updates[0].component_changes).toEqual([
      { id: api, from: "major_outage", to: "partial_outage" },
    ]);
    expect(identified.json.next_update_due_at).toBe("2026-11-20T10:40:00.000Z");

    hub.clock.advance(10 * 60_000);
    const resolved = await hub.call("POST", `/api/v1/incidents/${declared.id}/updates`, {
      status: "resolved",
      message: "Checkout works again.",
    });
    expect(resolved.json).toMatchObject({
      status: "resolved",
      resolved_at: "2026-11-20T10:20:00.000Z",
      impact_end_at: "2026-11-20T10:20:00.000Z",
      next_update_due_at: null,
    });
    // It went from identified straight to resolved: it never was in monitoring.
    expect(resolved.json.monitoring_at).toBeNull();
    expect(resolved.json.components).toEqual(
      expect.arrayContaining([
        { id: api, status: "operational" },
        { id: web, status: "operational" },
      ]),
    );
    expect(resolved.json.updates.map((u) => u.status)).toEqual(["resolved", "identified", "investigating"]);
  });

  it("reopens a resolved incident explicitly, bringing back the statuses it had", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({ components: [{ id: api, status: "partial_outage" }] });
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    const reopened = await hub.call("POST", `/api/v1/incidents/${inc.id}/reopen`, {
      message: "Errors are back; we are investigating again.",
      reason: "error rate rose again",
    });
    expect(reopened.status).toBe(201);
    expect(reopened.json).toMatchObject({
      status: "investigating",
      resolved_at: null,
      components: [{ id: api, status: "partial_outage" }],
    });
    expect(reopened.json.internal_notes?.[0].body).toBe("Reopened: error rate rose again");
  });

  it("lists incidents with filters and edits details without a public update", async () => {
    const a = await hub.declare({ title: "A", severity: "P1" });
    await hub.declare({ title: "B", severity: "P3" });
    await hub.call("POST", `/api/v1/incidents/${a.id}/updates`, { status: "resolved", message: "Done." });
    const open = await hub.call("GET", "/api/v1/incidents?status=open");
    expect(open.json.incidents.map((i) => i.title)).toEqual(["B"]);
    const p1 = await hub.call("GET", "/api/v1/incidents?severity=P1");
    expect(p1.json.incidents.map((i) => i.title)).toEqual(["A"]);
    const edited = await hub.call("PATCH", `/api/v1/incidents/${a.id}`, { severity: "P2", title: "A (renamed)" });
    expect(edited.json).toMatchObject({ severity: "P2", title: "A (renamed)" });
    expect(edited.json.updates).toHaveLength(2);
  });

  it("keeps internal notes beside the incident for operators only", async () => {
    const inc = await hub.declare({ internal_note: "Primary DB failover in progress" });
    hub.clock.advance(60_000);
    await hub.call("POST", `/api/v1/incidents/${inc.id}/notes`, { body: "Vendor ticket 4411 opened" });
    const got = await hub.call("GET", `/api/v1/incidents/${inc.id}`);
    expect(got.json.internal_notes?.map((n) => n.body)).toEqual([
      "Vendor ticket 4411 opened",
      "Primary DB failover in progress",
    ]);
    const viewer = (await hub.call("POST", "/api/v1/tokens", { name: "exec", role: "viewer" })).json.token;
    const asViewer = await hub.call("GET", `/api/v1/incidents/${inc.id}`, undefined, {
      authorization: `Bearer ${viewer}`,
    });
    expect(asViewer.status).toBe(200);
    expect(asViewer.json.internal_notes).toBeUndefined();
    expect(asViewer.text).not.toContain("failover");
  });

  it("folds a sub-issue under its parent and refuses to resolve the parent while it is open", async () => {
    const parent = await hub.declare({ title: "Payments down" });
    const child = await hub.declare({ title: "Card processor timeouts", parent_id: parent.id });
    expect(child.parent_id).toBe(parent.id);
    const blocked = await hub.call<Problem>("POST", `/api/v1/incidents/${parent.id}/updates`, {
      status: "resolved",
      message: "Fixed.",
    });
    expect(blocked.status).toBe(409);
    expect(blocked.json.detail).toContain(child.id);
    await hub.call("POST", `/api/v1/incidents/${child.id}/updates`, {
      status: "resolved",
      message: "Processor recovered.",
    });
    const ok = await hub.call("POST", `/api/v1/incidents/${parent.id}/updates`, {
      status: "resolved",
      message: "Fixed.",
    });
    expect(ok.status).toBe(201);
  });
});
