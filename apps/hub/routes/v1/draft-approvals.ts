import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { decideDraft, overrideApprovals, submitDraft } from "#core/comms/approvals";
import { createRoute } from "./create-route";
import { render } from "./draft-render";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { Decision, DraftView } from "./schemas/drafts";

const tags = ["Drafts and approvals"];

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

export const approvalQueueRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/approvals",
  summary: "The approval queue: drafts waiting for sign-off",
  responses: { 200: jsonResponse(z.object({ drafts: z.array(DraftView) }), "Queue"), ...errorResponses },
});

/** Sign-off: submit, approve, reject, override, and the queue of drafts waiting. */
export const draftApprovalRoutes = new OpenAPIHono<HonoEnv>()
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
  .openapi(approvalQueueRoute, async (c) => {
    const ctx = ctxOf(c);
    const pending = await ctx.comms.listDrafts({ status: "pending_approval" });
    return c.json({ drafts: await Promise.all(pending.map((d) => render(ctx, d))) }, 200);
  });
