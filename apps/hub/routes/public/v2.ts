import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import type { RevisionCache } from "#apps/hub/http/revision-cache";
import type { Services } from "#apps/hub/services";
import { liveComponentStatuses } from "#core/components/live-status";
import { isMaintenanceActive } from "#core/maintenance/model";
import { foldSubIssues, loadStatusSnapshot } from "#core/status/snapshot";
import {
  componentsJson,
  incidentJson,
  latestChange,
  maintenanceJson,
  pageJson,
  type StatuspageContext,
} from "./statuspage";

const listed = ["scheduled", "in_progress", "verifying", "completed"] as const;

const day = 86_400_000;

async function snapshot(s: Services) {
  const now = s.clock.now();
  const lately = new Date(now.getTime() - day);
  // A resolved incident or a finished window leaves the snapshot, yet its last change still dates the
  // page (pollers compare page.updated_at); the last day of those is a small, indexed read.
  const [snap, ended, finished] = await Promise.all([
    loadStatusSnapshot(s.store, now),
    s.store.listIncidents({ since: lately, limit: 50 }),
    s.store.listMaintenances({ statuses: ["completed", "cancelled"], endingAfter: lately, limit: 50 }),
  ]);
  const ctx: StatuspageContext = {
    page: s.page,
    components: snap.components,
    groups: snap.groups,
    liveStatus: snap.liveStatus,
  };
  const maintenances = [...snap.activeMaintenances, ...snap.upcomingMaintenances];
  const updatedAt = latestChange(
    snap.now,
    snap.components,
    snap.groups,
    snap.unresolved,
    ended,
    maintenances,
    finished,
  );
  return { snap, ctx, maintenances, page: pageJson(s.page, updatedAt) };
}

/** Recent incidents (sub-issues folded in) and maintenances, for the history endpoints. */
async function history(s: Services) {
  const [components, groups, recent, open, maintenances] = await Promise.all([
    s.store.listComponents(),
    s.store.listGroups(),
    s.store.listIncidents({ limit: 250 }),
    s.store.listIncidents({ phase: "open" }),
    s.store.listMaintenances({ statuses: listed }),
  ]);
  const ctx: StatuspageContext = {
    page: s.page,
    components,
    groups,
    liveStatus: liveComponentStatuses(components, open, maintenances.filter(isMaintenanceActive)),
  };
  const incidents = foldSubIssues(recent).slice(0, 50);
  const newestFirst = [...maintenances]
    .sort((a, b) => b.scheduledFor.getTime() - a.scheduledFor.getTime())
    .slice(0, 50);
  return {
    ctx,
    incidents,
    maintenances: newestFirst,
    page: pageJson(s.page, latestChange(s.clock.now(), components, groups, incidents, newestFirst)),
  };
}

/** Atlassian Statuspage v2 paths and fields, so existing Statuspage clients read Liaison unchanged. */
export function statuspageV2(cache: RevisionCache) {
  const app = new Hono<HonoEnv>();
  // Open CORS, set before the body is built: hono/cors rewrites the finished response and cost half the throughput.
  app.options("*", (c) =>
    c.body(null, 204, {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      // Read-only and credential-free, so whatever headers a client asks to send (If-None-Match, …) are fine.
      "Access-Control-Allow-Headers": c.req.header("access-control-request-headers") ?? "If-None-Match",
      "Access-Control-Max-Age": "86400",
      Vary: "Access-Control-Request-Headers",
    }),
  );
  const json = (path: string, build: (s: Services) => Promise<unknown>) =>
    app.get(path, (c) => {
      c.header("Access-Control-Allow-Origin", "*");
      c.header("Access-Control-Expose-Headers", "ETag");
      return cache(c, {
        key: `v2${path}`,
        contentType: "application/json; charset=utf-8",
        build: async () => JSON.stringify(await build(c.get("services"))),
      });
    });

  json("/summary.json", async (s) => {
    const { snap, ctx, maintenances, page } = await snapshot(s);
    return {
      page,
      components: componentsJson(ctx),
      incidents: snap.unresolved.map((i) => incidentJson(i, ctx)),
      scheduled_maintenances: maintenances.map((m) => maintenanceJson(m, ctx)),
      status: snap.status,
    };
  });
  json("/status.json", async (s) => {
    const { snap, page } = await snapshot(s);
    return { page, status: snap.status };
  });
  json("/components.json", async (s) => {
    const { ctx, page } = await snapshot(s);
    return { page, components: componentsJson(ctx) };
  });
  json("/incidents/unresolved.json", async (s) => {
    const { snap, ctx, page } = await snapshot(s);
    return { page, incidents: snap.unresolved.map((i) => incidentJson(i, ctx)) };
  });
  json("/incidents.json", async (s) => {
    const { ctx, incidents, page } = await history(s);
    return { page, incidents: incidents.map((i) => incidentJson(i, ctx)) };
  });
  json("/scheduled-maintenances.json", async (s) => {
    const { ctx, maintenances, page } = await history(s);
    return { page, scheduled_maintenances: maintenances.map((m) => maintenanceJson(m, ctx)) };
  });
  json("/scheduled-maintenances/upcoming.json", async (s) => {
    const { snap, ctx, page } = await snapshot(s);
    return { page, scheduled_maintenances: snap.upcomingMaintenances.map((m) => maintenanceJson(m, ctx)) };
  });
  json("/scheduled-maintenances/active.json", async (s) => {
    const { snap, ctx, page } = await snapshot(s);
    return { page, scheduled_maintenances: snap.activeMaintenances.map((m) => maintenanceJson(m, ctx)) };
  });
  return app;
}
