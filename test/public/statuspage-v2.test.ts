import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runMaintenanceTick } from "#core/maintenance/tick";
import { builtInPolicy } from "#core/policy/document";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const get = <P extends string>(path: P, headers: Record<string, string> = {}) =>
  hub.call("GET", path, undefined, { authorization: "", ...headers });
const tick = () => runMaintenanceTick({ ...hub.services, policy: builtInPolicy });

describe("Statuspage v2 JSON", () => {
  it("serves summary.json with Statuspage's field names and live component statuses", async () => {
    const api = await hub.component("API", "Platform");
    const web = await hub.component("Website");
    const inc = await hub.declare({
      title: "API errors",
      severity: "P2",
      components: [{ id: api, status: "partial_outage" }],
    });
    const { json, headers } = await get("/api/v2/summary.json");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(json.page).toEqual({
      id: "liaison",
      name: "Acme status",
      url: "https://status.example.com",
      time_zone: "Etc/UTC",
      updated_at: "2026-11-20T10:00:00.000Z",
    });
    expect(json.status).toEqual({ indicator: "major", description: "Partial System Outage" });
    const group = json.components.find((c) => c.group);
    expect(group).toMatchObject({
      name: "Platform",
      group: true,
      status: "partial_outage",
      components: [api],
      group_id: null,
    });
    expect(json.components.find((c) => c.id === api)).toMatchObject({
      name: "API",
      status: "partial_outage",
      group_id: group?.id,
      group: false,
      page_id: "liaison",
      only_show_if_degraded: false,
      showcase: true,
      position: 1,
    });
    expect(json.components.find((c) => c.id === web)?.status).toBe("operational");
    expect(json.incidents).toHaveLength(1);
    const i = json.incidents[0];
    expect(i).toMatchObject({
      id: inc.id,
      name: "API errors",
      status: "investigating",
      impact: "major",
      shortlink: `https://status.example.com/incidents/${inc.id}`,
      started_at: "2026-11-20T10:00:00.000Z",
      monitoring_at: null,
      resolved_at: null,
    });
    expect(i.incident_updates[0]).toMatchObject({
      status: "investigating",
      body: "We are investigating failed checkouts.",
      incident_id: inc.id,
      display_at: "2026-11-20T10:00:00.000Z",
    });
    expect(i.incident_updates[0].affected_components).toEqual([
      { code: api, name: "API", old_status: "operational", new_status: "partial_outage" },
    ]);
    expect(i.components.map((c) => c.id)).toEqual([api]);
    expect(json.scheduled_maintenances).toEqual([]);
  });

  it("returns the indicator to none and empties unresolved.json when the incident resolves", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({ severity: "P1", components: [{ id: api, status: "major_outage" }] });
    expect((await get("/api/v2/status.json")).json.status.indicator).toBe("critical");
    expect((await get("/api/v2/incidents/unresolved.json")).json.incidents.map((i) => i.id)).toEqual([inc.id]);
    hub.clock.advance(3_600_000);
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "All good." });
    expect((await get("/api/v2/status.json")).json.status).toEqual({
      indicator: "none",
      description: "All Systems Operational",
    });
    expect((await get("/api/v2/incidents/unresolved.json")).json.incidents).toEqual([]);
    const all = (await get("/api/v2/incidents.json")).json.incidents;
    expect(all[0]).toMatchObject({ id: inc.id, status: "resolved", resolved_at: "2026-11-20T11:00:00.000Z" });
    expect((await get("/api/v2/components.json")).json.components[0].status).toBe("operational");
  });

  it("lists upcoming and active maintenance and shows it on components", async () => {
    const db = await hub.component("Database");
    const m = await hub.call("POST", "/api/v1/maintenances", {
      title: "DB upgrade",
      message: "Upgrade.",
      components: [db],
      scheduled_for: "2026-11-20T12:00:00Z",
      scheduled_until: "2026-11-20T13:00:00Z",
    });
    expect(
      (await get("/api/v2/scheduled-maintenances/upcoming.json")).json.scheduled_maintenances.map((x) => x.id),
    ).toEqual([m.json.id]);
    expect((await get("/api/v2/scheduled-maintenances/active.json")).json.scheduled_maintenances).toEqual([]);
    hub.clock.set(new Date("2026-11-20T12:00:00Z"));
    await tick();
    const active = (await get("/api/v2/scheduled-maintenances/active.json")).json.scheduled_maintenances;
    expect(active[0]).toMatchObject({
      id: m.json.id,
      status: "in_progress",
      impact: "maintenance",
      scheduled_for: "2026-11-20T12:00:00.000Z",
      scheduled_until: "2026-11-20T13:00:00.000Z",
    });
    expect(active[0].components[0]).toMatchObject({ id: db, status: "under_maintenance" });
    const summary = (await get("/api/v2/summary.json")).json;
    expect(summary.status.indicator).toBe("maintenance");
    expect(summary.scheduled_maintenances.map((x) => x.status)).toEqual(["in_progress"]);
    expect((await get("/api/v2/scheduled-maintenances.json")).json.scheduled_maintenances).toHaveLength(1);
  });

  it("folds a sub-issue into its parent", async () => {
    const api = await hub.component("API");
    const pay = await hub.component("Payments");
    const parent = await hub.declare({ title: "Checkout down", components: [{ id: api, status: "major_outage" }] });
    hub.clock.advance(60_000);
    await hub.declare({
      title: "Card processor",
      parent_id: parent.id,
      message: "Card payments fail.",
      components: [{ id: pay, status: "partial_outage" }],
    });
    const unresolved = (await get("/api/v2/incidents/unresolved.json")).json.incidents;
    expect(unresolved.map((i) => i.id)).toEqual([parent.id]);
    expect(unresolved[0].components.map((c) => c.id).sort()).toEqual([api, pay].sort());
    expect(unresolved[0].incident_updates[0].body).toBe("Card processor: Card payments fail.");
  });

  it("answers HEAD, OPTIONS and If-None-Match", async () => {
    const head = await hub.app.request("/api/v2/summary.json", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const pre = await hub.app.request("/api/v2/summary.json", {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "GET" },
    });
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    const first = await get("/api/v2/summary.json");
    const etag = first.headers.get("etag")!;
    expect((await get("/api/v2/summary.json", { "if-none-match": etag })).status).toBe(304);
    await hub.component("New");
    const after = await get("/api/v2/summary.json", { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.json.components).toHaveLength(1);
  });

  it("never shows internal notes on any public path", async () => {
    const secret = "SECRET-failover-note-7731";
    const inc = await hub.declare({ internal_note: secret });
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "identified",
      message: "Found it.",
      internal_note: secret,
    });
    await hub.call("POST", `/api/v1/incidents/${inc.id}/notes`, { body: secret });
    for (const path of [
      "/api/v2/summary.json",
      "/api/v2/incidents.json",
      "/api/v2/incidents/unresolved.json",
      "/",
      `/incidents/${inc.id}`,
      "/history.atom",
      "/history.rss",
    ]) {
      const res = await get(path);
      expect(res.text, path).not.toContain(secret);
    }
  });
});
