import { OpenAPIHono } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { listCaptures, listDrills, reportDrill, startDrill } from "#core/drills/use-cases";
import { createRoute } from "./create-route";
import { declareInput, render } from "./incidents";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import {
  CaptureList,
  captureView,
  DrillList,
  DrillListQuery,
  DrillReportView,
  drillReportView,
  drillSummary,
} from "./schemas/drills";
import { DeclareIncidentBody, IncidentView } from "./schemas/incidents";

const tags = ["Drills"];

/** Fire drills: a declaration whose every send is captured, and its report against the policy. */
export const startDrillRoute = createRoute({
  tags,
  permission: "incidents:declare",
  method: "post",
  path: "/drills",
  summary: "Start a fire drill: declare an incident whose sends are captured, never sent",
  description: "The body and rules of POST /incidents: `detected_at` cannot be in the future.",
  request: jsonBody(DeclareIncidentBody),
  responses: { 201: jsonResponse(IncidentView, "Drill declared"), ...errorResponses },
});

export const listDrillsRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/drills",
  summary: "List drills, newest first",
  request: { query: DrillListQuery },
  responses: { 200: jsonResponse(DrillList, "Drills"), ...errorResponses },
});

export const drillReportRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/drills/{id}/report",
  summary: "A drill measured against the policy: first update, cadence, sign-off latency, misses, captures",
  request: { params: IdParam },
  responses: { 200: jsonResponse(DrillReportView, "Drill report"), ...errorResponses },
});

export const drillCapturesRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/drills/{id}/captures",
  summary: "What the drill would have sent, oldest first",
  request: { params: IdParam },
  responses: { 200: jsonResponse(CaptureList, "Captured sends"), ...errorResponses },
});

export const drillRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(startDrillRoute, async (c) => {
    const ctx = ctxOf(c);
    const incident = await startDrill({ ctx, input: declareInput(c.req.valid("json")) });
    return c.json(await render(ctx, incident), 201, { Location: `/api/v1/incidents/${incident.id}` });
  })
  .openapi(listDrillsRoute, async (c) => {
    const drills = await listDrills({ ctx: ctxOf(c), input: { limit: c.req.valid("query").limit } });
    return c.json({ drills: drills.map(drillSummary) }, 200);
  })
  .openapi(drillReportRoute, async (c) => {
    const s = c.get("services");
    const report = await reportDrill({ ctx: ctxOf(c), captures: s.drills.captures, id: c.req.valid("param").id });
    return c.json(drillReportView(report), 200);
  })
  .openapi(drillCapturesRoute, async (c) => {
    const s = c.get("services");
    const captures = await listCaptures({ ctx: ctxOf(c), captures: s.drills.captures, id: c.req.valid("param").id });
    return c.json({ captures: captures.map(captureView) }, 200);
  });
