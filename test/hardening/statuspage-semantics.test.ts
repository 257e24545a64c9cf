import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-20T10:00:00Z") });
});
afterEach(() => hub.close());

const v2 = async <P extends string>(path: P) => (await hub.call("GET", `/api/v2${path}`)).json;

describe("Statuspage semantics", () => {
  it("leaves monitoring_at null for an incident resolved without ever monitoring, and sets it when it did", async () => {
    const api = await hub.component("API");
    const straight = await hub.declare({ components: [{ id: api, status: "major_outage" }] });
    const watched = await hub.declare({
      title: "Slow search",
      components: [{ id: api, status: "degraded_performance" }],
    });
    hub.clock.advance(5 * 60_000);
    await hub.call("POST", `/api/v1/incidents/${watched.id}/updates`, { status: "monitoring", message: "Fix out." });
    hub.clock.advance(5 * 60_000);
    for (const id of [straight.id, watched.id])
      await hub.call("POST", `/api/v1/incidents/${id}/updates`, { status: "resolved", message: "All good." });
    const incidents = (await v2("/incidents.json")).incidents;
    expect(incidents.find((i) => i.id === straight.id)).toMatchObject({ status: "resolved", monitoring_at: null });
    expect(incidents.find((i) => i.id === watched.id)?.monitoring_at).toBe("2026-11-20T10:05:00.000Z");
  });

  it("lists a maintenance window's components in each of its updates", async () => {
    const db = await hub.component("Database");
    const m = (
      await hub.call("POST", "/api/v1/maintenances", {
        title: "Database upgrade",
        message: "We will upgrade the database.",
        components: [db],
        scheduled_for: "2026-11-20T12:00:00Z",
        scheduled_until: "2026-11-20T14:00:00Z",
      })
    ).json;
    await hub.call("PATCH", `/api/v1/maintenances/${m.id}`, { status: "in_progress" });
    const [window] = (await v2("/scheduled-maintenances.json")).scheduled_maintenances;
    const [started, scheduled] = window.incident_updates;
    expect(started.affected_components).toEqual([
      { code: db, name: "Database", old_status: "operational", new_status: "under_maintenance" },
    ]);
    expect(scheduled.affected_components).toEqual([
      { code: db, name: "Database", old_status: "operational", new_status: "operational" },
    ]);
  });

  it("shows no uptime history for the days before a component existed", async () => {
    await hub.component("API");
    const html = await (await hub.app.request("/")).text();
    const bars = /<div class="bars"[^>]*>(.*?)<\/div>/s.exec(html)![0];
    expect(bars.match(/class="nodata"/g)?.length).toBe(89);
    expect(bars).toContain("100.00% uptime over the last day");
  });
});
