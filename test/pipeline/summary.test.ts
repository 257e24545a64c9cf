import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tick, tokenFor } from "../comms/support";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const summary = "On Friday card payments failed for 40 minutes. A faulty release caused it; we rolled it back.";

describe("post-incident summary", () => {
  it("publishes on a resolved incident as its own kind, with the policy's deadline, on the incident page", async () => {
    const inc = await hub.declare({ severity: "P3" });
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    const before = (await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json;
    expect(before.post_incident_summary).toEqual({ due_at: null, published_at: null }); // P3: internal only

    const p2 = await hub.declare({ severity: "P2" });
    const draft = (
      await hub.call("POST", `/api/v1/incidents/${p2.id}/drafts`, { status: "resolved", message: "Fixed." })
    ).json;
    await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
    await hub.call("POST", `/api/v1/drafts/${draft.id}/override`, { reason: "test" });
    expect((await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {})).status).toBe(200);
    const resolved = (await hub.call("GET", `/api/v1/incidents/${p2.id}`)).json;
    expect(resolved.post_incident_summary.due_at).toBe(
      new Date(Date.parse(resolved.resolved_at!) + 72 * 3_600_000).toISOString(),
    );

    const liaison = await tokenFor(hub, "liaison", ["pr"]);
    const s = (
      await hub.call(
        "POST",
        `/api/v1/incidents/${p2.id}/drafts`,
        { kind: "post_incident_summary", status: "resolved", message: summary },
        liaison,
      )
    ).json;
    await hub.call("POST", `/api/v1/drafts/${s.id}/submit`, undefined, liaison);
    for (const role of ["pr"]) await hub.call("POST", `/api/v1/drafts/${s.id}/approve`, { role }, liaison);
    const published = await hub.call("POST", `/api/v1/drafts/${s.id}/publish`, {}, liaison);
    expect(published.status, published.text).toBe(200);

    const after = (await hub.call("GET", `/api/v1/incidents/${p2.id}`)).json;
    expect(after.status).toBe("resolved");
    expect(after.updates[0]).toMatchObject({ kind: "post_incident_summary", status: "resolved", message: summary });
    expect(after.post_incident_summary.published_at).toBe(after.updates[0].created_at);
    const page = await (await hub.app.request(`/incidents/${p2.id}`)).text();
    expect(page).toContain("Post-incident summary");
    await tick(hub);
    const pub = hub.notifier.published.find((p) => p.kind === "post_incident_summary")!;
    expect(pub.messages.find((m) => m.channel === "email")!.text).toContain(summary);
  });

  it("hides a draft's internal note from anyone below agent", async () => {
    const inc = await hub.declare({ severity: "P3" });
    const d = (
      await hub.call("POST", `/api/v1/incidents/${inc.id}/drafts`, { internal_note: "Root cause: bad deploy by Sam" })
    ).json;
    await hub.call("POST", `/api/v1/drafts/${d.id}/submit`);
    for (const [role, sees] of [
      ["viewer", false],
      ["agent", true],
    ] as const) {
      const headers = await tokenFor(hub, role);
      const texts = await Promise.all(
        [`/api/v1/drafts/${d.id}`, `/api/v1/drafts/${d.id}/versions`, "/api/v1/approvals"].map(
          async (p) => (await hub.call("GET", p, undefined, headers)).text,
        ),
      );
      for (const t of texts.slice(0, 2)) expect(t.includes("bad deploy by Sam")).toBe(sees);
    }
  });
});
