import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { changeMaintenance } from "#core/maintenance/change";
import { scheduleMaintenance } from "#core/maintenance/schedule";
import { notFound } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam, toDate } from "./schemas/common";
import {
  CancelMaintenanceBody,
  ChangeMaintenanceBody,
  MaintenanceView,
  maintenanceView,
  ScheduleMaintenanceBody,
} from "./schemas/maintenances";

const tags = ["Maintenance"];

export const scheduleMaintenanceRoute = createRoute({
  tags,
  permission: "maintenance:write",
  method: "post",
  path: "/maintenances",
  summary: "Schedule maintenance",
  description: "`scheduled_until` must be after `scheduled_for`.",
  request: jsonBody(ScheduleMaintenanceBody),
  responses: { 201: jsonResponse(MaintenanceView, "Scheduled"), ...errorResponses },
});

export const listMaintenancesRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/maintenances",
  summary: "List maintenance windows",
  responses: {
    200: jsonResponse(z.object({ maintenances: z.array(MaintenanceView) }), "Maintenance windows"),
    ...errorResponses,
  },
});

export const getMaintenanceRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/maintenances/{id}",
  summary: "One maintenance window",
  request: { params: IdParam },
  responses: { 200: jsonResponse(MaintenanceView, "The maintenance"), ...errorResponses },
});

export const changeMaintenanceRoute = createRoute({
  tags,
  permission: "maintenance:write",
  method: "patch",
  path: "/maintenances/{id}",
  summary: "Update, move along or reschedule",
  request: { params: IdParam, ...jsonBody(ChangeMaintenanceBody) },
  responses: { 200: jsonResponse(MaintenanceView, "Changed"), ...errorResponses },
});

export const cancelMaintenanceRoute = createRoute({
  tags,
  permission: "maintenance:write",
  method: "post",
  path: "/maintenances/{id}/cancel",
  summary: "Cancel before it starts",
  request: { params: IdParam, ...jsonBody(CancelMaintenanceBody) },
  responses: { 200: jsonResponse(MaintenanceView, "Cancelled"), ...errorResponses },
});

export const maintenanceRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(scheduleMaintenanceRoute, async (c) => {
    const b = c.req.valid("json");
    const ctx = ctxOf(c);
    const m = await scheduleMaintenance({
      ctx,
      input: {
        title: b.title,
        message: b.message,
        componentIds: b.components,
        regions: b.regions,
        scheduledFor: new Date(b.scheduled_for),
        scheduledUntil: new Date(b.scheduled_until),
        autoStart: b.auto_start,
        autoComplete: b.auto_complete,
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(maintenanceView(m, ctx.clock.now()), 201, { Location: `/api/v1/maintenances/${m.id}` });
  })
  .openapi(listMaintenancesRoute, async (c) => {
    const ctx = ctxOf(c);
    const now = ctx.clock.now();
    return c.json(
      { maintenances: (await ctx.store.listMaintenances({ limit: 200 })).map((m) => maintenanceView(m, now)) },
      200,
    );
  })
  .openapi(getMaintenanceRoute, async (c) => {
    const ctx = ctxOf(c);
    const { id } = c.req.valid("param");
    const m = await ctx.store.getMaintenance(id);
    if (!m) throw notFound("Maintenance", id);
    return c.json(maintenanceView(m, ctx.clock.now()), 200);
  })
  .openapi(changeMaintenanceRoute, async (c) => {
    const b = c.req.valid("json");
    const ctx = ctxOf(c);
    const m = await changeMaintenance({
      ctx,
      input: {
        maintenanceId: c.req.valid("param").id,
        status: b.status,
        message: b.message,
        title: b.title,
        scheduledFor: toDate(b.scheduled_for),
        scheduledUntil: toDate(b.scheduled_until),
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(maintenanceView(m, ctx.clock.now()), 200);
  })
  .openapi(cancelMaintenanceRoute, async (c) => {
    const ctx = ctxOf(c);
    const b = c.req.valid("json");
    const m = await changeMaintenance({
      ctx,
      input: {
        maintenanceId: c.req.valid("param").id,
        status: "cancelled",
        message: b.message,
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(maintenanceView(m, ctx.clock.now()), 200);
  });
