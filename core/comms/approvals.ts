import { type ApproverRole, requiredApprovals } from "../policy/document";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { event } from "../shared/events";
import { loadOpenDraft } from "./drafts";
import type { Approval, Draft } from "./model";
import { policyFor } from "./render-for-incident";

export interface ApprovalState {
  required: ApproverRole[];
  approved: ApproverRole[];
  missing: ApproverRole[];
  /** Approvals and overrides given to the draft's current version. */
  current: Approval[];
}

/** Which sign-offs the draft's incident needs under its policy, and which the current version has. */
export async function approvalState(ctx: Ctx, draft: Draft): Promise<ApprovalState> {
  const incident = await ctx.store.getIncident(draft.incidentId);
  if (!incident) throw notFound("Incident", draft.incidentId);
  const policy = await policyFor(ctx, incident);
  const required = requiredApprovals(policy.document, incident.severity, incident.category);
  const current = (await ctx.comms.listApprovals(draft.id)).filter((a) => a.draftVersion === draft.version);
  const approved = required.filter((r) =>
    current.some((a) => a.role === r && (a.decision === "approved" || a.decision === "override")),
  );
  return { required, approved, missing: required.filter((r) => !approved.includes(r)), current };
}

function record(
  ctx: Ctx,
  draft: Draft,
  role: Approval["role"],
  decision: Approval["decision"],
  comment: string | null,
): Approval {
  return {
    id: ctx.newId("approval"),
    draftId: draft.id,
    draftVersion: draft.version,
    role,
    decision,
    comment,
    byId: ctx.actor.tokenId,
    byName: ctx.actor.name,
    createdAt: ctx.clock.now(),
  };
}

/** Sends a draft for sign-off; one that needs none is approved at once. */
export async function submitDraft({ ctx, input }: { ctx: Ctx; input: { draftId: string } }): Promise<Draft> {
  const current = await loadOpenDraft(ctx, input.draftId);
  const state = await approvalState(ctx, current);
  const draft: Draft = {
    ...current,
    status: state.missing.length ? "pending_approval" : "approved",
    updatedAt: ctx.clock.now(),
  };
  await ctx.comms.saveDraft({
    draft,
    events: [event(ctx, "draft.submitted", draft.incidentId, { draftId: draft.id, needs: state.missing })],
  });
  return draft;
}

/** An approver signs off (or refuses) as one of the roles their token carries. */
export async function decideDraft({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { draftId: string; role: ApproverRole; decision: "approved" | "rejected"; comment?: string };
}): Promise<Draft> {
  if (!ctx.actor.approves.includes(input.role)) {
    throw new DomainError(
      "forbidden",
      `This token may not sign off as '${input.role}'. It can approve as: ${ctx.actor.approves.join(", ") || "nothing"}.`,
    );
  }
  const current = await loadOpenDraft(ctx, input.draftId);
  if (current.status !== "pending_approval")
    throw new DomainError(
      "invalid_transition",
      `Draft '${current.id}' is '${current.status}', not waiting for approval. Submit it first.`,
    );
  const state = await approvalState(ctx, current);
  if (!state.required.includes(input.role))
    throw new DomainError(
      "invalid_input",
      `This draft does not need '${input.role}' approval (needs: ${state.required.join(", ")}).`,
    );
  const approval = record(ctx, current, input.role, input.decision, input.comment ?? null);
  const complete = input.decision === "approved" && state.missing.every((r) => r === input.role);
  const draft: Draft = {
    ...current,
    status: input.decision === "rejected" ? "rejected" : complete ? "approved" : "pending_approval",
    updatedAt: ctx.clock.now(),
  };
  await ctx.comms.saveDraft({
    draft,
    approvals: [approval],
    events: [
      event(ctx, `draft.${input.decision}`, draft.incidentId, {
        draftId: draft.id,
        role: input.role,
        by: ctx.actor.name,
      }),
    ],
  });
  return draft;
}

/** Emergency override by an admin: every missing sign-off is recorded as an override, with the reason. */
export async function overrideApprovals({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { draftId: string; reason: string };
}): Promise<Draft> {
  const current = await loadOpenDraft(ctx, input.draftId);
  const state = await approvalState(ctx, current);
  const approvals = state.missing.map((role) => record(ctx, current, role, "override", input.reason));
  const draft: Draft = { ...current, status: "approved", updatedAt: ctx.clock.now() };
  await ctx.comms.saveDraft({
    draft,
    approvals,
    events: [
      event(ctx, "draft.override", draft.incidentId, {
        draftId: draft.id,
        roles: state.missing,
        by: ctx.actor.name,
        reason: input.reason,
      }),
    ],
  });
  return draft;
}
