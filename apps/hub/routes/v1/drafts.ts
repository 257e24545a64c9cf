import { OpenAPIHono, type z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { createDraft, editDraft } from "#core/comms/drafts";
import { renderForIncident } from "#core/comms/render-for-incident";
import { notFound } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { loadDraft, render } from "./draft-render";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { type ComponentStatusInput, IdParam } from "./schemas/common";
import { DraftBody, DraftView, PreviewBody, PreviewView } from "./schemas/drafts";

const tags = ["Drafts and approvals"];
const toInput = (b: z.infer<typeof DraftBody>) => ({
  phase: b.status,
  kind: b.kind,
  message: b.message,
  variables: b.variables,
  locales: b.locales,
  internalNote: b.internal_note,
  components: b.components?.map((x: z.infer<typeof ComponentStatusInput>) => ({ componentId: x.id, status: x.status })),
});

export const createDraftRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/incidents/{id}/drafts",
  summary: "Start an update as a draft (text rendered from the template unless given)",
  request: { params: IdParam, ...jsonBody(DraftBody) },
  responses: { 201: jsonResponse(DraftView, "Draft"), ...errorResponses },
});

export const previewTemplateRoute = createRoute({
  tags,
  permission: "read",
  method: "post",
  path: "/incidents/{id}/preview",
  summary: "Preview any template for any channel and locale with the incident's data",
  description: "Every variable the template uses needs a value, from the incident or from `variables`.",
  request: { params: IdParam, ...jsonBody(PreviewBody) },
  responses: { 200: jsonResponse(PreviewView, "Preview"), ...errorResponses },
});

export const getDraftRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/drafts/{id}",
  summary: "A draft with its approval state",
  request: { params: IdParam },
  responses: { 200: jsonResponse(DraftView, "Draft"), ...errorResponses },
});

export const editDraftRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "patch",
  path: "/drafts/{id}",
  summary: "Edit a draft (a new version; earlier approvals stop counting)",
  request: { params: IdParam, ...jsonBody(DraftBody) },
  responses: { 200: jsonResponse(DraftView, "Edited"), ...errorResponses },
});

export const draftRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(createDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const d = await createDraft({
      ctx,
      input: { incidentId: c.req.valid("param").id, page: c.get("services").page, ...toInput(c.req.valid("json")) },
    });
    return c.json(await render(ctx, d), 201);
  })
  .openapi(previewTemplateRoute, async (c) => {
    const ctx = ctxOf(c);
    const b = c.req.valid("json");
    const incident = await ctx.store.getIncident(c.req.valid("param").id);
    if (!incident) throw notFound("Incident", c.req.valid("param").id);
    const m = await renderForIncident(ctx, {
      incident,
      kind: b.kind,
      channel: b.channel,
      locale: b.locale ?? "en",
      timeZone: b.time_zone,
      variables: b.variables ?? {},
      page: c.get("services").page,
    });
    return c.json(
      {
        kind: m.kind,
        channel: m.channel,
        locale: m.locale,
        subject: m.subject,
        text: m.text,
        html: m.html,
        sms: m.sms,
        findings: m.findings,
      },
      200,
    );
  })
  .openapi(getDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(await render(ctx, await loadDraft(ctx, c.req.valid("param").id)), 200);
  })
  .openapi(editDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await render(
        ctx,
        await editDraft({ ctx, input: { draftId: c.req.valid("param").id, ...toInput(c.req.valid("json")) } }),
      ),
      200,
    );
  });
