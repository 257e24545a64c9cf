import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { confirmCandidate, declineCandidate } from "#core/alerts/confirm";
import { getCandidate, incidentAlerts, listCandidates } from "#core/alerts/list";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import {
  CandidateQuery,
  CandidateView,
  ConfirmBody,
  candidateView,
  DeclineBody,
  entryView,
  signalView,
  WithSignals,
} from "./schemas/candidates";
import { IdParam } from "./schemas/common";

const tags = ["Candidate incidents"];
const alerts = (c: Context<HonoEnv>) => c.get("services").monitoring.store;

/** Candidate incidents from monitoring alerts and unexplained ticket surges; confirming one declares the incident. */
export const listCandidatesRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/candidates",
  summary: "Candidate incidents (alerts and unexplained ticket surges), newest first",
  request: { query: CandidateQuery },
  responses: {
    200: jsonResponse(z.object({ candidates: z.array(CandidateView) }), "Candidates"),
    ...errorResponses,
  },
});

export const getCandidateRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/candidates/{id}",
  summary: "One candidate with its alert signals",
  request: { params: IdParam },
  responses: { 200: jsonResponse(WithSignals, "The candidate"), ...errorResponses },
});

export const confirmCandidateRoute = createRoute({
  tags,
  permission: "incidents:declare",
  method: "post",
  path: "/candidates/{id}/confirm",
  summary: "Confirm customer impact: declares the incident with its first notice",
  request: { params: IdParam, ...jsonBody(ConfirmBody) },
  responses: {
    201: jsonResponse(z.object({ candidate: CandidateView, incident_id: z.string() }), "Confirmed and declared"),
    ...errorResponses,
  },
});

export const declineCandidateRoute = createRoute({
  tags,
  permission: "incidents:declare",
  method: "post",
  path: "/candidates/{id}/decline",
  summary: "Decline: not customer-impacting, with the reason",
  request: { params: IdParam, ...jsonBody(DeclineBody) },
  responses: { 200: jsonResponse(CandidateView, "Declined"), ...errorResponses },
});

export const incidentAlertsRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/incidents/{id}/alerts",
  summary: "The monitoring candidate an incident was confirmed from, and whether its alerts have all resolved",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(WithSignals.extend({ candidate: z.union([CandidateView, z.null()]) }), "Alerts"),
    ...errorResponses,
  },
});

export const candidateRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(listCandidatesRoute, async (c) => {
    const q = c.req.valid("query");
    const entries = await listCandidates({
      alerts: alerts(c),
      helpdesk: c.get("services").helpdesk.store,
      input: { status: q.status, limit: q.limit ?? 100 },
    });
    return c.json({ candidates: entries.map(entryView) }, 200);
  })
  .openapi(getCandidateRoute, async (c) => {
    const found = await getCandidate({ alerts: alerts(c), input: { id: c.req.valid("param").id } });
    return c.json({ candidate: candidateView(found.candidate), signals: found.signals.map(signalView) }, 200);
  })
  .openapi(confirmCandidateRoute, async (c) => {
    const b = c.req.valid("json");
    const { candidate, incident } = await confirmCandidate({
      ctx: ctxOf(c),
      alerts: alerts(c),
      input: {
        candidateId: c.req.valid("param").id,
        message: b.message,
        title: b.title,
        severity: b.severity,
        category: b.category,
        components: b.components?.map((x) => ({ componentId: x.id, status: x.status })),
        regions: b.regions,
        internalNote: b.internal_note,
      },
    });
    return c.json({ candidate: candidateView(candidate), incident_id: incident.id }, 201, {
      Location: `/api/v1/incidents/${incident.id}`,
    });
  })
  .openapi(declineCandidateRoute, async (c) => {
    const declined = await declineCandidate({
      ctx: ctxOf(c),
      alerts: alerts(c),
      input: { candidateId: c.req.valid("param").id, reason: c.req.valid("json").reason },
    });
    return c.json(candidateView(declined), 200);
  })
  .openapi(incidentAlertsRoute, async (c) => {
    const found = await incidentAlerts({
      ctx: ctxOf(c),
      alerts: alerts(c),
      input: { incidentId: c.req.valid("param").id },
    });
    return c.json(
      { candidate: found ? candidateView(found.candidate) : null, signals: found?.signals.map(signalView) ?? [] },
      200,
    );
  });
