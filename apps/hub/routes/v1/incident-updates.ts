import { OpenAPIHono } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { addInternalNote } from "#core/incidents/edit";
import { postUpdate } from "#core/incidents/post-update";
import { reopenIncident } from "#core/incidents/reopen";
import { createRoute } from "./create-route";
import { render } from "./incidents";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam, toDate } from "./schemas/common";
import { IncidentView, NoteBody, NoteResponse, noteView, PostUpdateBody, ReopenBody } from "./schemas/incidents";

const tags = ["Incidents"];

export const postUpdateRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/incidents/{id}/updates",
  summary: "Post a public update",
  description: "`impact_end_at` cannot be before the impact started.",
  request: { params: IdParam, ...jsonBody(PostUpdateBody) },
  responses: { 201: jsonResponse(IncidentView, "Posted"), ...errorResponses },
});

export const reopenIncidentRoute = createRoute({
  tags,
  permission: "incidents:reopen",
  method: "post",
  path: "/incidents/{id}/reopen",
  summary: "Reopen a resolved incident",
  request: { params: IdParam, ...jsonBody(ReopenBody) },
  responses: { 201: jsonResponse(IncidentView, "Reopened"), ...errorResponses },
});

export const addInternalNoteRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/incidents/{id}/notes",
  summary: "Add an internal note (never public)",
  request: { params: IdParam, ...jsonBody(NoteBody) },
  responses: { 201: jsonResponse(NoteResponse, "Added"), ...errorResponses },
});

/** Public updates, reopening and internal notes on an incident. */
export const incidentUpdateRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(postUpdateRoute, async (c) => {
    const b = c.req.valid("json");
    const ctx = ctxOf(c);
    const incident = await postUpdate({
      ctx,
      input: {
        incidentId: c.req.valid("param").id,
        phase: b.status,
        message: b.message,
        internalNote: b.internal_note,
        components: b.components?.map((x) => ({ componentId: x.id, status: x.status })),
        displayAt: toDate(b.display_at),
        impactEndAt: toDate(b.impact_end_at),
        kind: b.kind,
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(await render(ctx, incident), 201);
  })
  .openapi(reopenIncidentRoute, async (c) => {
    const b = c.req.valid("json");
    const ctx = ctxOf(c);
    const incident = await reopenIncident({
      ctx,
      input: {
        incidentId: c.req.valid("param").id,
        message: b.message,
        reason: b.reason,
        phase: b.status,
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(await render(ctx, incident), 201);
  })
  .openapi(addInternalNoteRoute, async (c) => {
    const note = await addInternalNote({
      ctx: ctxOf(c),
      input: { incidentId: c.req.valid("param").id, body: c.req.valid("json").body },
    });
    return c.json(noteView(note), 201);
  });
