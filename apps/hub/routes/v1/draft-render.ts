import { can } from "#core/auth/roles";
import { approvalState } from "#core/comms/approvals";
import type { Draft } from "#core/comms/model";
import type { Ctx } from "#core/shared/context";
import { notFound } from "#core/shared/errors";

export async function render(ctx: Ctx, d: Draft) {
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
export const withoutNote = (ctx: Ctx, content: Draft["content"]): Record<string, unknown> => {
  if (can(ctx.actor.role, "internal:read")) return content;
  const { internalNote: _hidden, ...rest } = content;
  return rest;
};

export async function loadDraft(ctx: Ctx, id: string) {
  const d = await ctx.comms.getDraft(id);
  if (!d) throw notFound("Draft", id);
  return d;
}
