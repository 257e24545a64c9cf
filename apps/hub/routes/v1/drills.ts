import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { listCaptures, listDrills, reportDrill, startDrill } from "#core/drills/use-cases";
import { CaptureList, captureView, DrillList, DrillReportView, drillReportView, drillSummary } from "./drill-schemas";
import { declareInput, render } from "./incidents";
import { errorResponses, jsonBody, jsonResponse, security } from "./openapi";
import { DeclareIncidentBody, IdParam } from "./schemas";
import { IncidentView } from "./views";

const tags = ["Drills"];
// P keeps each path a literal, so tests can read response types by path.
const route = <P extends string, T extends Parameters<typeof createRoute>[0] & { path: P }>(r: T) =>
  createRoute({ tags, security, ...r });
const DrillListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).optional() });

/** Fire drills: a declaration whose every send is captured, and its report against the policy. */
export const drillRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(
    route({
      method: "post",
      path: "/drills",
      summary: "Start a fire drill: declare an incident whose sends are captured, never sent",
      description: "The body and rules of POST /incidents: `detected_at` cannot be in the future.",
      request: jsonBody(DeclareIncidentBody),
      responses: { 201: jsonResponse(IncidentView, "Drill declared"), ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const incident = await startDrill({ ctx, input: declareInput(c.req.valid("json")) });
      return c.json(await render(ctx, incident), 201, { Location: `/api/v1/incidents/${incident.id}` });
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/drills",
      summary: "List drills, newest first",
      request: { query: DrillListQuery },
      responses: { 200: jsonResponse(DrillList, "Drills"), ...errorResponses },
    }),
    async (c) => {
      const drills = await listDrills({ ctx: ctxOf(c), input: { limit: c.req.valid("query").limit } });
      return c.json({ drills: drills.map(drillSummary) }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/drills/{id}/report",
      summary: "A drill measured against the policy: first update, cadence, sign-off latency, misses, captures",
      request: { params: IdParam },
      responses: { 200: jsonResponse(DrillReportView, "Drill report"), ...errorResponses },
    }),
    async (c) => {
      const s = c.get("services");
      const report = await reportDrill({ ctx: ctxOf(c), captures: s.drills.captures, id: c.req.valid("param").id });
      return c.json(drillReportView(report), 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/drills/{id}/captures",
      summary: "What the drill would have sent, oldest first",
      request: { params: IdParam },
      responses: { 200: jsonResponse(CaptureList, "Captured sends"), ...errorResponses },
    }),
    async (c) => {
      const s = c.get("services");
      const captures = await listCaptures({ ctx: ctxOf(c), captures: s.drills.captures, id: c.req.valid("param").id });
      return c.json({ captures: captures.map(captureView) }, 200);
    },
  );
