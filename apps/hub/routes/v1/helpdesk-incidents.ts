import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { HonoEnv } from "#apps/hub/env";
import { kickAfterResponse } from "#apps/hub/http/kick";
import { setMatchRules } from "#core/helpdesk/manual";
import { createRoute } from "./create-route";
import { deps, deskView, json } from "./helpdesk";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { DeskStatus, RulesBody, SurgeView } from "./schemas/helpdesk";

const tags = ["Help desk"];

export const incidentDeskStatusRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/incidents/{id}/helpdesk",
  summary:
    "An incident's help-desk side: rules, problem ticket, macro, backfill and auto-close progress, ticket counts and curve",
  request: { params: IdParam },
  responses: { 200: jsonResponse(DeskStatus, "Help-desk status"), ...errorResponses },
});

export const setMatchRulesRoute = createRoute({
  tags,
  permission: "helpdesk:manage",
  method: "put",
  path: "/incidents/{id}/helpdesk/rules",
  summary: "Replace an incident's match rules (null returns to rules derived from the incident) and backfill again",
  request: { params: IdParam, ...jsonBody(RulesBody) },
  responses: { 200: jsonResponse(DeskStatus, "Rules saved; backfill restarted"), ...errorResponses },
});

export const listSurgesRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/helpdesk/surges",
  summary: "Ticket surges, newest first; unexplained ones may be undeclared incidents",
  responses: { 200: jsonResponse(z.object({ surges: z.array(SurgeView) }), "Surges"), ...errorResponses },
});

/** An incident's help-desk side, its match rules, and ticket surges. */
export const incidentDeskRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(incidentDeskStatusRoute, async (c) => c.json(await deskView(c, c.req.valid("param").id), 200))
  .openapi(setMatchRulesRoute, async (c) => {
    const id = c.req.valid("param").id;
    await setMatchRules(deps(c), { incidentId: id, rules: c.req.valid("json").rules });
    kickAfterResponse(c);
    return c.json(await deskView(c, id), 200);
  })
  .openapi(listSurgesRoute, async (c) => {
    const surges = await c.get("services").helpdesk.store.listSurges(100);
    return c.json(
      json({
        surges: surges.map((s) => ({
          id: s.id,
          series: s.seriesKey,
          startedAt: s.startedAt,
          endedAt: s.endedAt,
          observed: s.observed,
          expected: Math.round(s.expected * 100) / 100,
          explainedBy: s.explainedBy,
          unexplained: !s.explainedBy.length,
        })),
      }),
      200,
    );
  });
