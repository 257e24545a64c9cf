import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FromRoute } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";
import type { StatuspageDocument } from "../support/statuspage-types";

/** Field sets of Atlassian Statuspage's public v2 objects; clients read these names unchanged. */
const pageKeys = ["id", "name", "url", "time_zone", "updated_at"];
const componentKeys = [
  "id",
  "name",
  "status",
  "created_at",
  "updated_at",
  "position",
  "description",
  "showcase",
  "start_date",
  "group_id",
  "page_id",
  "group",
  "only_show_if_degraded",
];
const groupKeys = [...componentKeys, "components"];
const incidentKeys = [
  "id",
  "name",
  "status",
  "created_at",
  "updated_at",
  "monitoring_at",
  "resolved_at",
  "impact",
  "shortlink",
  "started_at",
  "page_id",
  "incident_updates",
  "postmortem_body",
  "postmortem_published_at",
  "components",
];
const maintenanceKeys = [...incidentKeys, "scheduled_for", "scheduled_until"];
const updateKeys = [
  "id",
  "status",
  "body",
  "incident_id",
  "created_at",
  "updated_at",
  "display_at",
  "affected_components",
  "deliver_notifications",
  "custom_tweet",
  "tweet_id",
];
const changeKeys = ["code", "name", "old_status", "new_status"];

const endpoints: Record<string, string[]> = {
  "/api/v2/summary.json": ["page", "components", "incidents", "scheduled_maintenances", "status"],
  "/api/v2/status.json": ["page", "status"],
  "/api/v2/components.json": ["page", "components"],
  "/api/v2/incidents.json": ["page", "incidents"],
  "/api/v2/incidents/unresolved.json": ["page", "incidents"],
  "/api/v2/scheduled-maintenances.json": ["page", "scheduled_maintenances"],
  "/api/v2/scheduled-maintenances/upcoming.json": ["page", "scheduled_maintenances"],
  "/api/v2/scheduled-maintenances/active.json": ["page", "scheduled_maintenances"],
};

const keys = (o: object) => Object.keys(o).sort();
const sorted = (xs: string[]) => [...xs].sort();

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const get = async <T = FromRoute, P extends string = string>(path: P) => {
  const res = await hub.call<T, "GET", P>("GET", path, undefined, { authorization: "" });
  expect(res.status, path).toBe(200);
  return res.json;
};
const schedule = async (title: string, from: string, until: string, components: string[]) =>
  (
    await hub.call("POST", "/api/v1/maintenances", {
      title,
      message: `${title} planned.`,
      components,
      scheduled_for: from,
      scheduled_until: until,
    })
  ).json.id;
const patchMaintenance = (id: string, body: object) => hub.call("PATCH", `/api/v1/maintenances/${id}`, body);

/** A page with something in every list: a group, an open incident, upcoming and running maintenance. */
async function populate() {
  const api = await hub.component("API", "Platform");
  const db = await hub.component("Database", "Platform");
  const web = await hub.component("Website");
  const inc = await hub.declare({
    title: "API errors",
    severity: "P2",
    components: [{ id: api, status: "partial_outage" }],
  });
  const running = await schedule("Index rebuild", "2026-11-20T09:00:00Z", "2026-11-20T11:00:00Z", [db]);
  expect((await patchMaintenance(running, { status: "in_progress" })).status).toBe(200);
  const upcoming = await schedule("DB upgrade", "2026-11-21T02:00:00Z", "2026-11-21T03:00:00Z", [db]);
  return { api, db, web, inc, running, upcoming };
}

describe("Statuspage v2 field names", () => {
  it("every endpoint has exactly Statuspage's top-level keys and object fields", async () => {
    await populate();
    for (const [path, top] of Object.entries(endpoints)) {
      const json = await get<StatuspageDocument>(path);
      expect(keys(json), path).toEqual(sorted(top));
      expect(keys(json.page), path).toEqual(sorted(pageKeys));
      if (json.status) expect(keys(json.status), path).toEqual(["description", "indicator"]);
      for (const c of json.components ?? [])
        expect(keys(c), `${path} ${c.name}`).toEqual(sorted(c.group ? groupKeys : componentKeys));
      for (const i of json.incidents ?? []) {
        expect(keys(i), path).toEqual(sorted(incidentKeys));
        for (const u of i.incident_updates) {
          expect(keys(u), path).toEqual(sorted(updateKeys));
          for (const ch of u.affected_components) expect(keys(ch), path).toEqual(sorted(changeKeys));
        }
        for (const c of i.components) expect(keys(c), path).toEqual(sorted(componentKeys));
      }
      for (const m of json.scheduled_maintenances ?? []) {
        expect(keys(m), path).toEqual(sorted(maintenanceKeys));
        for (const u of m.incident_updates) expect(keys(u), path).toEqual(sorted(updateKeys));
      }
    }
  });

  it("lists each group as an entry with group: true, followed by its components, with live statuses", async () => {
    const { api, db, web } = await populate();
    const { components } = await get("/api/v2/components.json");
    expect(components.map((c) => c.name)).toEqual(["Platform", "API", "Database", "Website"]);
    const [group, apiJson, dbJson, webJson] = components;
    expect(group).toMatchObject({
      group: true,
      components: [api, db],
      status: "partial_outage",
      group_id: null,
      start_date: null,
      page_id: "liaison",
    });
    expect(apiJson).toMatchObject({
      id: api,
      group: false,
      group_id: group.id,
      status: "partial_outage",
      start_date: "2026-11-20",
      created_at: "2026-11-20T10:00:00.000Z",
      description: null,
    });
    expect(dbJson).toMatchObject({ id: db, group_id: group.id, status: "under_maintenance" });
    expect(webJson).toMatchObject({ id: web, group_id: null, status: "operational" });
    expect(webJson).not.toHaveProperty("components");
  });

  it("summary.json carries the open incident, running and upcoming maintenance, and the worst indicator", async () => {
    const { api, inc, running, upcoming } = await populate();
    const summary = await get("/api/v2/summary.json");
    expect(summary.status).toEqual({ indicator: "major", description: "Partial System Outage" });
    expect(summary.incidents.map((i) => i.id)).toEqual([inc.id]);
    expect(summary.incidents[0]).toMatchObject({
      name: "API errors",
      status: "investigating",
      impact: "major",
      page_id: "liaison",
      created_at: "2026-11-20T10:00:00.000Z",
    });
    expect(summary.incidents[0].incident_updates[0]).toMatchObject({
      incident_id: inc.id,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    });
    expect(summary.incidents[0].incident_updates[0].affected_components).toEqual([
      { code: api, name: "API", old_status: "operational", new_status: "partial_outage" },
    ]);
    expect(summary.scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([
      [running, "in_progress"],
      [upcoming, "scheduled"],
    ]);
    expect(summary.scheduled_maintenances[1]).toMatchObject({
      impact: "maintenance",
      scheduled_for: "2026-11-21T02:00:00.000Z",
      scheduled_until: "2026-11-21T03:00:00.000Z",
      resolved_at: null,
      shortlink: `https://status.example.com/maintenance/${upcoming}`,
    });
  });
});

describe("Statuspage v2 lists", () => {
  it("incidents.json lists top-level incidents newest first, at most 50, resolved ones included", async () => {
    const ids: string[] = [];
    for (let k = 0; k < 52; k++) {
      ids.push((await hub.declare({ title: `Incident ${k}` })).id);
      hub.clock.advance(60_000);
    }
    await hub.call("POST", `/api/v1/incidents/${ids[51]}/updates`, { status: "resolved", message: "Fixed." });
    const { incidents } = await get("/api/v2/incidents.json");
    expect(incidents).toHaveLength(50);
    expect(incidents.map((i) => i.id)).toEqual(ids.slice(2).reverse());
    expect(incidents[0]).toMatchObject({ status: "resolved", resolved_at: "2026-11-20T10:52:00.000Z" });
  });

  it("completed maintenance stays in scheduled-maintenances.json; cancelled maintenance is not listed anywhere", async () => {
    const db = await hub.component("Database");
    const done = await schedule("Disk swap", "2026-11-20T09:00:00Z", "2026-11-20T11:00:00Z", [db]);
    await patchMaintenance(done, { status: "in_progress" });
    hub.clock.advance(30 * 60_000);
    expect((await patchMaintenance(done, { status: "completed", message: "All done." })).status).toBe(200);
    const dropped = await schedule("Network work", "2026-11-22T09:00:00Z", "2026-11-22T10:00:00Z", [db]);
    expect((await hub.call("POST", `/api/v1/maintenances/${dropped}/cancel`, {})).status).toBe(200);
    const later = await schedule("Kernel patch", "2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z", [db]);

    const all = (await get("/api/v2/scheduled-maintenances.json")).scheduled_maintenances;
    expect(all.map((m) => m.id).sort()).toEqual([done, later].sort());
    expect(all.find((m) => m.id === done)).toMatchObject({
      status: "completed",
      resolved_at: "2026-11-20T10:30:00.000Z",
    });
    expect(all.find((m) => m.id === done)?.incident_updates[0]).toMatchObject({
      status: "completed",
      body: "All done.",
      incident_id: done,
    });
    expect((await get("/api/v2/scheduled-maintenances/upcoming.json")).scheduled_maintenances.map((m) => m.id)).toEqual(
      [later],
    );
    expect((await get("/api/v2/scheduled-maintenances/active.json")).scheduled_maintenances).toEqual([]);
    expect((await get("/api/v2/components.json")).components[0].status).toBe("operational");
    expect(JSON.stringify(await get("/api/v2/summary.json"))).not.toContain(dropped);
  });

  it("page.updated_at moves to the latest change, including a resolution", async () => {
    const api = await hub.component("API");
    expect((await get("/api/v2/status.json")).page.updated_at).toBe("2026-11-20T10:00:00.000Z");
    hub.clock.advance(5 * 60_000);
    const inc = await hub.declare({ components: [{ id: api, status: "major_outage" }] });
    expect((await get("/api/v2/summary.json")).page.updated_at).toBe("2026-11-20T10:05:00.000Z");
    hub.clock.set(new Date("2026-11-20T11:00:00Z"));
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    hub.clock.set(new Date("2026-11-20T11:20:00Z"));
    for (const path of Object.keys(endpoints))
      expect((await get<StatuspageDocument>(path)).page.updated_at, path).toBe("2026-11-20T11:00:00.000Z");
  });
});
