import { saveWithArchive } from "../archive/append";
import type { Incident } from "../incidents/model";
import { planUpdate } from "../incidents/post-update";
import type { Publication } from "../ports/notifier";
import type { Acknowledgement } from "../publish/guard";
import { prepareIncidentPublication } from "../publish/incident";
import type { Ctx } from "../shared/context";
import { DomainError } from "../shared/errors";
import { event } from "../shared/events";
import { approvalState } from "./approvals";
import { loadOpenDraft } from "./drafts";
import type { Approval, Draft } from "./model";

export interface PublishInput {
  draftId: string;
  page: { url: string; name: string };
  /** Publishing despite blocking guardrail findings; allowed for admins and approvers, and recorded. */
  acknowledgeFindings?: Acknowledgement;
}

/**
 * Publishes an approved draft in one atomic write: the incident update, the draft marked published,
 * every rendered message archived on the hash chain, and a `publication.ready` event that hands the
 * messages to the Notifier through the outbox (so a crash can neither lose nor repeat the hand-off).
 */
export async function publishDraft({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PublishInput;
}): Promise<{ draft: Draft; incident: Incident; publication: Publication }> {
  ctx = { ...ctx, page: ctx.page ?? input.page };
  const current = await loadOpenDraft(ctx, input.draftId);
  const state = await approvalState(ctx, current);
  if (state.missing.length) {
    throw new DomainError(
      "forbidden",
      `This update needs approval from ${state.missing.join(" and ")} before it can be published.`,
      { missing: state.missing },
    );
  }
  const incident = (await ctx.store.getIncident(current.incidentId))!;
  const c = current.content;
  // The update's id comes from the draft version, so a second publish of it (a double click, two
  // people at once) collides in the batch instead of posting the update twice.
  const updateId = `upd_${current.id}_v${current.version}`;
  const write = await planUpdate(
    ctx,
    {
      incidentId: incident.id,
      phase: c.phase,
      kind: c.kind === "false_alarm" || c.kind === "post_incident_summary" ? c.kind : "update",
      message: c.message,
      internalNote: c.internalNote ?? undefined,
      components: c.components,
      updateId,
    },
    incident,
  );
  const prepared = await prepareIncidentPublication(ctx, {
    incident: write.incident,
    kind: c.kind,
    phase: write.newUpdate!.phase,
    message: c.message,
    locales: c.locales,
    translations: c.translations,
    acknowledge: input.acknowledgeFindings,
    signOffs: state.current.map((a) => ({
      role: a.role,
      by: a.byName,
      at: a.createdAt.toISOString(),
      override: a.decision === "override",
    })),
  });
  const approvals: Approval[] = [];
  const ack = prepared.guardrailOverride;
  if (ack) {
    approvals.push({
      id: ctx.newId("approval"),
      draftId: current.id,
      draftVersion: current.version,
      role: "guardrails",
      decision: "override",
      comment: ack.reason,
      byId: ack.byId,
      byName: ack.by,
      createdAt: ack.at,
    });
  }
  const { publication } = prepared;
  write.events.push(prepared.event);
  const draft: Draft = {
    ...current,
    status: "published",
    publishedUpdateId: write.newUpdate!.id,
    updatedAt: ctx.clock.now(),
  };
  const unpublished = async () => (await ctx.comms.getDraft(current.id))?.status !== "published";
  try {
    await saveWithArchive(
      ctx,
      prepared.archive,
      (archive) =>
        ctx.comms.savePublication({
          incident: write,
          draft: {
            draft,
            approvals,
            events: [
              event(ctx, "draft.published", incident.id, { draftId: draft.id, updateId: draft.publishedUpdateId }),
            ],
          },
          archive,
        }),
      { stillWanted: unpublished },
    );
  } catch (e) {
    if (!(await unpublished())) {
      throw new DomainError(
        "invalid_transition",
        `Draft '${current.id}' was published by another request just now; nothing was sent twice.`,
      );
    }
    throw e;
  }
  return { draft, incident: write.incident, publication };
}
