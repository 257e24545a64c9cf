import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { can } from "#core/auth/roles";
import { approvalState, decideDraft, overrideApprovals, submitDraft } from "#core/comms/approvals";
import { diffValues } from "#core/comms/diff";
import { createDraft, editDraft } from "#core/comms/drafts";
import type { Draft } from "#core/comms/model";
import { publishDraft } from "#core/comms/publish";
import { renderForIncident } from "#core/comms/render-for-incident";
import type { Ctx } from "#core/shared/context";
import { notFound } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { type ComponentStatusInput, IdParam, VersionNumber } from "./schemas/common";
import { Decision, DraftBody, DraftView, PreviewBody, PreviewView } from "./schemas/drafts";
import { DiffSchema } from "./schemas/templates";

const tags = ["Drafts and approvals"];

async function render(ctx: Ctx, d: Draft) {
  const state = await approvalState(ctx, d);
  return {
    id: d.id,
    incident_id: d.incidentId,
    version: d.version,
    status: d.status,
    kind: d.content.kind,
    phase: d.content.phase,
    message: d.content.message,
    variables: d.content.variables,
    locales: d.content.locales,
    components: d.content.components.map((c) => ({ id: c.componentId, status: c.status })),
    internal_note: can(ctx.actor.role, "internal:read") ? d.content.internalNote : null,
    published_update_id: d.publishedUpdateId,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
    approvals: {
      required: state.required,
      approved: state.approved,
      missing: state.missing,
      history: state.current.map((a) => ({
        role: a.role,
        decision: a.decision,
        comment: a.comment,
        by: a.byName,
        at: a.createdAt.toISOString(),
      })),
    },
  };
}
/** Internal notes only for roles that may read them (agents and up), in every view of a draft. */
const withoutNote = (ctx: Ctx, content: Draft["content"]): Record<string, unknown> => {
  if (can(ctx.actor.role, "internal:read")) return content;
  const { internalNote: _hidden, ...rest } = content;
  return rest;
};
const toInput = (b: z.infer<typeof DraftBody>) => ({
  phase: b.status,
  kind: b.kind,
  message: b.message,
  variables: b.variables,
  locales: b.locales,
  internalNote: b.internal_note,
  components: b.components?.map((x: z.infer<typeof ComponentStatusInput>) => ({ componentId: x.id, status: x.status })),
});
async function loadDraft(ctx: Ctx, id: string) {
  const d = await ctx.comms.getDraft(id);
  if (!d) throw notFound("Draft", id);
  return d;
}

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

export const draftVersionsRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/drafts/{id}/versions",
  summary: "Who changed what and when",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(
      z.object({
        versions: z.array(
          z.object({
            version: z.number(),
            author_id: z.string().nullable(),
            created_at: z.string(),
            content: z.record(z.string(), z.unknown()),
          }),
        ),
      }),
      "Versions",
    ),
    ...errorResponses,
  },
});

export const diffDraftRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/drafts/{id}/diff",
  summary: "Diff two versions of a draft",
  request: {
    params: IdParam,
    query: z.object({ from: VersionNumber, to: VersionNumber }),
  },
  responses: { 200: jsonResponse(z.object({ diff: DiffSchema }), "Diff"), ...errorResponses },
});

export const submitDraftRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/drafts/{id}/submit",
  summary: "Send for approval (approved at once when none is needed)",
  request: { params: IdParam },
  responses: { 200: jsonResponse(DraftView, "Submitted"), ...errorResponses },
});

export const approveDraftRoute = createRoute({
  tags,
  permission: "drafts:decide",
  method: "post",
  path: "/drafts/{id}/approve",
  summary: "Approve as one of your token's approver roles",
  request: { params: IdParam, ...jsonBody(Decision) },
  responses: { 200: jsonResponse(DraftView, "Approved"), ...errorResponses },
});

export const rejectDraftRoute = createRoute({
  tags,
  permission: "drafts:decide",
  method: "post",
  path: "/drafts/{id}/reject",
  summary: "Reject with a comment",
  request: { params: IdParam, ...jsonBody(Decision) },
  responses: { 200: jsonResponse(DraftView, "Rejected"), ...errorResponses },
});

export const overrideApprovalsRoute = createRoute({
  tags,
  permission: "tokens:manage",
  method: "post",
  path: "/drafts/{id}/override",
  summary: "Emergency override of missing approvals (admin; recorded)",
  request: { params: IdParam, ...jsonBody(z.strictObject({ reason: z.string().min(3).max(2000) })) },
  responses: { 200: jsonResponse(DraftView, "Overridden"), ...errorResponses },
});

export const publishDraftRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/drafts/{id}/publish",
  summary: "Publish: the update, every channel's message archived, and the hand-off to delivery",
  request: {
    params: IdParam,
    ...jsonBody(z.strictObject({ acknowledge_findings: z.strictObject({ reason: z.string().min(3) }).optional() })),
  },
  responses: {
    200: jsonResponse(
      z.object({
        draft: DraftView,
        update_id: z.string(),
        publication_id: z.string(),
        channels: z.array(z.object({ channel: z.string(), locale: z.string() })),
      }),
      "Published",
    ),
    ...errorResponses,
  },
});

export const approvalQueueRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/approvals",
  summary: "The approval queue: drafts waiting for sign-off",
  responses: { 200: jsonResponse(z.object({ drafts: z.array(DraftView) }), "Queue"), ...errorResponses },
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
  })
  .openapi(draftVersionsRoute, async (c) => {
    const ctx = ctxOf(c);
    const versions = await ctx.comms.listDraftVersions(c.req.valid("param").id);
    return c.json(
      {
        versions: versions.map((v) => ({
          version: v.version,
          author_id: v.authorId,
          created_at: v.createdAt.toISOString(),
          content: withoutNote(ctx, v.content),
        })),
      },
      200,
    );
  })
  .openapi(diffDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const { from, to } = c.req.valid("query");
    const versions = await ctx.comms.listDraftVersions(c.req.valid("param").id);
    const a = versions.find((v) => v.version === from);
    const b = versions.find((v) => v.version === to);
    if (!a || !b) throw notFound("Draft version", String(!a ? from : to));
    return c.json({ diff: diffValues(withoutNote(ctx, a.content), withoutNote(ctx, b.content)) }, 200);
  })
  .openapi(submitDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(await render(ctx, await submitDraft({ ctx, input: { draftId: c.req.valid("param").id } })), 200);
  })
  .openapi(approveDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const b = c.req.valid("json");
    return c.json(
      await render(
        ctx,
        await decideDraft({
          ctx,
          input: { draftId: c.req.valid("param").id, role: b.role, decision: "approved", comment: b.comment },
        }),
      ),
      200,
    );
  })
  .openapi(rejectDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const b = c.req.valid("json");
    return c.json(
      await render(
        ctx,
        await decideDraft({
          ctx,
          input: { draftId: c.req.valid("param").id, role: b.role, decision: "rejected", comment: b.comment },
        }),
      ),
      200,
    );
  })
  .openapi(overrideApprovalsRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await render(
        ctx,
        await overrideApprovals({
          ctx,
          input: { draftId: c.req.valid("param").id, reason: c.req.valid("json").reason },
        }),
      ),
      200,
    );
  })
  .openapi(publishDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const b = c.req.valid("json");
    const out = await publishDraft({
      ctx,
      input: {
        draftId: c.req.valid("param").id,
        page: c.get("services").page,
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(
      {
        draft: await render(ctx, out.draft),
        update_id: out.draft.publishedUpdateId!,
        publication_id: out.publication.id,
        channels: out.publication.messages.map((m) => ({ channel: m.channel, locale: m.locale })),
      },
      200,
    );
  })
  .openapi(approvalQueueRoute, async (c) => {
    const ctx = ctxOf(c);
    const pending = await ctx.comms.listDrafts({ status: "pending_approval" });
    return c.json({ drafts: await Promise.all(pending.map((d) => render(ctx, d))) }, 200);
  });
