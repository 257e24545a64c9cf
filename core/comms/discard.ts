import type { Ctx } from "../shared/context";
import { event } from "../shared/events";
import { loadOpenDraft } from "./drafts";
import type { Draft } from "./model";

/**
 * Drops a draft that will not be published. Nothing is deleted: the draft keeps its versions and
 * approvals, turns `discarded`, and the timeline records who discarded it and why.
 */
export async function discardDraft({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { draftId: string; reason: string };
}): Promise<Draft> {
  const current = await loadOpenDraft(ctx, input.draftId);
  const draft: Draft = { ...current, status: "discarded", updatedAt: ctx.clock.now() };
  await ctx.comms.saveDraft({
    draft,
    events: [
      event(ctx, "draft.discarded", draft.incidentId, {
        draftId: draft.id,
        version: draft.version,
        by: ctx.actor.name,
        reason: input.reason,
      }),
    ],
  });
  return draft;
}
