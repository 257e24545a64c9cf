import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const secret = "SECRET-db-primary-10.2.3.4-failover";

describe("internal notes never reach a public surface", () => {
  it("keeps notes given at declaration, on updates, on sub-issues and as separate notes out of every public path", async () => {
    const api = await hub.component("API", "Platform");
    const parent = await hub.declare({
      title: "Checkout down",
      internal_note: secret,
      components: [{ id: api, status: "major_outage" }],
    });
    const child = await hub.declare({ title: "Card processor", parent_id: parent.id, internal_note: secret });
    for (const id of [parent.id, child.id]) {
      expect(
        (
          await hub.call("POST", `/api/v1/incidents/${id}/updates`, {
            status: "identified",
            message: "Cause found.",
            internal_note: secret,
          })
        ).status,
      ).toBe(201);
      expect((await hub.call("POST", `/api/v1/incidents/${id}/notes`, { body: secret })).status).toBe(201);
    }
    const m = await hub.call("POST", "/api/v1/maintenances", {
      title: "DB upgrade",
      message: "Planned.",
      components: [api],
      scheduled_for: "2026-11-21T02:00:00Z",
      scheduled_until: "2026-11-21T03:00:00Z",
    });
    // The note is stored and readable by responders, so its absence below means it was filtered, not lost.
    expect((await hub.services.store.listInternalNotes(parent.id)).map((n) => n.body)).toContain(secret);

    const paths = [
      "/",
      `/incidents/${parent.id}`,
      `/incidents/${child.id}`,
      `/maintenance/${m.json.id}`,
      "/history.atom",
      "/history.rss",
      "/api/v2/summary.json",
      "/api/v2/status.json",
      "/api/v2/components.json",
      "/api/v2/incidents.json",
      "/api/v2/incidents/unresolved.json",
      "/api/v2/scheduled-maintenances.json",
      "/api/v2/scheduled-maintenances/upcoming.json",
      "/api/v2/scheduled-maintenances/active.json",
    ];
    const check = async () => {
      for (const path of paths) {
        const res = await hub.app.request(path, { redirect: "manual" });
        expect(res.status, path).toBeLessThan(400);
        const text = await res.text();
        expect(text, path).not.toContain(secret);
        expect(text, path).not.toContain("10.2.3.4");
      }
    };
    await check();
    await hub.call("POST", `/api/v1/incidents/${parent.id}/updates`, {
      status: "resolved",
      message: "Fixed.",
      internal_note: secret,
    });
    await check();
  });
});
