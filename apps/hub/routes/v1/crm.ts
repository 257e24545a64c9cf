import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { refreshIncidentCrm } from "#apps/hub/jobs/crm-alerts";
import type { Services } from "#apps/hub/services";
import { runCrmSync } from "#core/crm/sync";
import { DomainError, notFound } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { AlertView, alertView, IncidentParam, SyncBody, SyncRunView, syncRunView } from "./schemas/crm";

const tags = ["CRM"];
export const crmOf = (s: Services) => {
  if (!s.crm) throw new DomainError("not_found", "CRM support is not wired in this hub.", { id: "crm" });
  return s.crm;
};

export const runCrmSyncRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "post",
  path: "/crm/sync",
  summary: "Run a CRM sync now (delta unless full)",
  request: jsonBody(SyncBody),
  responses: { 200: jsonResponse(z.object({ runs: z.array(SyncRunView) }), "Finished runs"), ...errorResponses },
});

export const crmSyncStatusRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/crm/sync",
  summary: "Sync progress and last status per CRM",
  responses: {
    200: jsonResponse(
      z.object({ connectors: z.array(z.string()), last: z.array(SyncRunView), recent: z.array(SyncRunView) }),
      "Sync runs",
    ),
    ...errorResponses,
  },
});

export const listCrmAlertsRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/incidents/{id}/crm-alerts",
  summary: "CSM alerts in the CRMs for an incident",
  request: { params: IncidentParam },
  responses: {
    200: jsonResponse(z.object({ alerts: z.array(AlertView), counts: z.record(z.string(), z.number()) }), "Alerts"),
    ...errorResponses,
  },
});

export const syncCrmAlertsRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/incidents/{id}/crm-alerts/sync",
  summary: "Create, update or complete the incident's CSM alerts now",
  request: { params: IncidentParam },
  responses: {
    200: jsonResponse(
      z.object({
        created: z.number(),
        updated: z.number(),
        completed: z.number(),
        failed: z.array(z.object({ key: z.string(), error: z.string() })),
      }),
      "Report",
    ),
    ...errorResponses,
  },
});

export const crmRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(runCrmSyncRoute, async (c) => {
    const ctx = ctxOf(c);
    const b = c.req.valid("json");
    const crm = crmOf(c.get("services"));
    const runs = [];
    for (const connector of crm.connectors.filter((x) => !b.source || x.source === b.source))
      runs.push(await runCrmSync({ crm: connector, store: crm.store, clock: ctx.clock, full: b.full }));
    return c.json({ runs: runs.map(syncRunView) }, 200);
  })
  .openapi(crmSyncStatusRoute, async (c) => {
    const crm = crmOf(c.get("services"));
    const recent = await crm.store.listSyncRuns(20);
    const last = crm.connectors.flatMap((x) => recent.find((r) => r.source === x.source) ?? []);
    return c.json(
      {
        connectors: crm.connectors.map((x) => x.source),
        last: last.map(syncRunView),
        recent: recent.map(syncRunView),
      },
      200,
    );
  })
  .openapi(listCrmAlertsRoute, async (c) => {
    const alerts = await crmOf(c.get("services")).store.listAlerts(c.req.valid("param").id);
    const counts: Record<string, number> = { open: 0, completed: 0, failed: 0 };
    for (const a of alerts) counts[a.status]++;
    return c.json({ alerts: alerts.map(alertView), counts }, 200);
  })
  .openapi(syncCrmAlertsRoute, async (c) => {
    const ctx = ctxOf(c);
    const id = c.req.valid("param").id;
    if (!(await ctx.store.getIncident(id))) throw notFound("Incident", id);
    const report = await refreshIncidentCrm(c.get("services"), id);
    return c.json(report ?? { created: 0, updated: 0, completed: 0, failed: [] }, 200);
  });
