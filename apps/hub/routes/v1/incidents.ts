import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { can } from "#core/auth/roles";
import { policyFor } from "#core/comms/render-for-incident";
import { type DeclareIncidentInput, declareIncident } from "#core/incidents/declare";
import { editIncident } from "#core/incidents/edit";
import type { Incident } from "#core/incidents/model";
import type { Ctx } from "#core/shared/context";
import { notFound } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam, toDate } from "./schemas/common";
import {
  DeclareIncidentBody,
  EditIncidentBody,
  IncidentListQuery,
  IncidentView,
  incidentView,
} from "./schemas/incidents";

const tags = ["Incidents"];

/** The declaration a request body asks for; a drill is declared from the same body. */
export const declareInput = (b: z.infer<typeof DeclareIncidentBody>): DeclareIncidentInput => ({
  title: b.title,
  severity: b.severity,
  message: b.message,
  category: b.category,
  phase: b.status,
  components: b.components?.map((x) => ({ componentId: x.id, status: x.status })),
  regions: b.regions,
  segments: b.segments,
  parentId: b.parent_id,
  detectedAt: toDate(b.detected_at),
  impactStartAt: toDate(b.impact_start_at),
  internalNote: b.internal_note,
  etaAt: toDate(b.eta_at),
  acknowledgeFindings: b.acknowledge_findings,
});

/** Internal notes are shown only to roles allowed to read them. */
export async function render(ctx: Ctx, incident: Incident) {
  const notes = can(ctx.actor.role, "internal:read") ? await ctx.store.listInternalNotes(incident.id) : undefined;
  return incidentView(incident, await policyFor(ctx, incident), ctx.clock.now(), notes);
}

export const declareIncidentRoute = createRoute({
  tags,
  permission: "incidents:declare",
  method: "post",
  path: "/incidents",
  summary: "Declare an incident",
  description: "`detected_at` cannot be in the future.",
  request: jsonBody(DeclareIncidentBody),
  responses: { 201: jsonResponse(IncidentView, "Declared"), ...errorResponses },
});

export const listIncidentsRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/incidents",
  summary: "List incidents, newest first",
  request: { query: IncidentListQuery },
  responses: { 200: jsonResponse(z.object({ incidents: z.array(IncidentView) }), "Incidents"), ...errorResponses },
});

export const getIncidentRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/incidents/{id}",
  summary: "One incident with its timeline",
  request: { params: IdParam },
  responses: { 200: jsonResponse(IncidentView, "The incident"), ...errorResponses },
});

export const editIncidentRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "patch",
  path: "/incidents/{id}",
  summary: "Edit details without a public update",
  description: "`impact_end_at` cannot be before `impact_start_at` (as sent, or as stored).",
  request: { params: IdParam, ...jsonBody(EditIncidentBody) },
  responses: { 200: jsonResponse(IncidentView, "Edited"), ...errorResponses },
});

export const incidentRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(declareIncidentRoute, async (c) => {
    const ctx = ctxOf(c);
    const incident = await declareIncident({ ctx, input: declareInput(c.req.valid("json")) });
    return c.json(await render(ctx, incident), 201, { Location: `/api/v1/incidents/${incident.id}` });
  })
  .openapi(listIncidentsRoute, async (c) => {
    const q = c.req.valid("query");
    const ctx = ctxOf(c);
    const found = await ctx.store.listIncidents({ phase: q.status, severity: q.severity, limit: q.limit ?? 100 });
    const now = ctx.clock.now();
    const views = await Promise.all(found.map(async (i) => incidentView(i, await policyFor(ctx, i), now)));
    return c.json({ incidents: views }, 200);
  })
  .openapi(getIncidentRoute, async (c) => {
    const ctx = ctxOf(c);
    const { id } = c.req.valid("param");
    const incident = await ctx.store.getIncident(id);
    if (!incident) throw notFound("Incident", id);
    return c.json(await render(ctx, incident), 200);
  })
  .openapi(editIncidentRoute, async (c) => {
    const b = c.req.valid("json");
    const ctx = ctxOf(c);
    const incident = await editIncident({
      ctx,
      input: {
        incidentId: c.req.valid("param").id,
        title: b.title,
        severity: b.severity,
        category: b.category,
        regions: b.regions,
        segments: b.segments,
        impactStartAt: toDate(b.impact_start_at),
        impactEndAt: b.impact_end_at === null ? null : toDate(b.impact_end_at),
        etaAt: b.eta_at === null ? null : toDate(b.eta_at),
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(await render(ctx, incident), 200);
  });
