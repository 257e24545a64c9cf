import { archiveEntries, saveWithArchive } from "../archive/append";
import { can } from "../auth/roles";
import { hasBlocking, scanText } from "../guardrails/scan";
import type { Incident } from "../incidents/model";
import { planUpdate } from "../incidents/post-update";
import type { Publication } from "../ports/notifier";
import { authorize } from "../shared/authorize";
import type { Ctx } from "../shared/context";
import { DomainError } from "../shared/errors";
import { event } from "../shared/events";
import type { MessageChannel } from "../templates/catalog";
import type { ComposedMessage } from "../templates/compose";
import { approvalState } from "./approvals";
import { loadOpenDraft } from "./drafts";
import type { Approval, Draft } from "./model";
import { incidentRenderer, policyFor } from "./render-for-incident";

export interface PublishInput {
  draftId: string;
  page: { url: string; name: string };
  /** Publishing despite blocking guardrail findings; allowed for admins and approvers, and recorded. */
  acknowledgeFindings?: { reason: string };
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
  authorize(ctx.actor, "incidents:update");
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
  const policy = await policyFor(ctx, incident);
  const messages = await renderAll(ctx, current, incident, input.page);
  const findings = messages.flatMap((m) => m.findings.map((f) => ({ ...f, channel: m.channel, locale: m.locale })));
  const approvals: Approval[] = [];
  if (hasBlocking(findings)) {
    if (!input.acknowledgeFindings) {
      throw new DomainError(
        "invalid_input",
        `Publishing is blocked by ${findings.filter((f) => f.blocking).length} guardrail finding(s); fix the text or have an approver acknowledge them.`,
        { code: "guardrails_blocked", findings },
      );
    }
    if (!can(ctx.actor.role, "tokens:manage") && ctx.actor.approves.length === 0)
      throw new DomainError("forbidden", "Only an admin or an approver can publish over guardrail findings.");
    approvals.push({
      id: ctx.newId("approval"),
      draftId: current.id,
      draftVersion: current.version,
      role: "guardrails",
      decision: "override",
      comment: input.acknowledgeFindings.reason,
      byId: ctx.actor.tokenId,
      byName: ctx.actor.name,
      createdAt: ctx.clock.now(),
    });
  }
  const c = current.content;
  // The update's id comes from the draft version, so a second publish of it (a double click, two
  // people at once) collides in the batch instead of posting the update twice.
  const updateId = `upd_${current.id}_v${current.version}`;
  const write = await planUpdate(
    ctx,
    {
      incidentId: incident.id,
      phase: c.phase,
      message: c.message,
      internalNote: c.internalNote ?? undefined,
      components: c.components,
      updateId,
    },
    incident,
  );
  const rule = policy.document.severities[incident.severity];
  const publication: Publication = {
    id: ctx.newId("publication"),
    incidentId: incident.id,
    kind: c.kind,
    messages,
    createdAt: ctx.clock.now(),
    audience: {
      internal: false,
      regions: incident.regions,
      segments: incident.segments,
      channelTiers: rule.channelTiers,
    },
  };
  write.events.push(event(ctx, "publication.ready", incident.id, { publication }));
  const signed = [...state.current, ...approvals].map((a) => ({
    role: a.role,
    by: a.byName,
    at: a.createdAt.toISOString(),
    override: a.decision === "override",
  }));
  const draft: Draft = {
    ...current,
    status: "published",
    publishedUpdateId: write.newUpdate!.id,
    updatedAt: ctx.clock.now(),
  };
  const meta = {
    incidentId: incident.id,
    kind: c.kind,
    approvals: signed,
    policyVersion: policy.version,
    audience: JSON.stringify(publication.audience),
  };
  const unpublished = async () => (await ctx.comms.getDraft(current.id))?.status !== "published";
  try {
    await saveWithArchive(
      ctx,
      () => archiveEntries(ctx, messages, meta),
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

async function renderAll(
  ctx: Ctx,
  draft: Draft,
  incident: Incident,
  page: PublishInput["page"],
): Promise<ComposedMessage[]> {
  const { policy, render } = await incidentRenderer(ctx, incident, page);
  const { kind, variables, phase, locales, message } = draft.content;
  const statusPage = render({ kind, channel: "status_page", locale: locales[0]!, variables, phase });
  // The status page carries the draft's own (possibly edited) text, so that is what gets checked.
  const out: ComposedMessage[] = [
    {
      ...statusPage,
      text: message,
      findings: scanText(message, policy.document.guardrails, phase).map((f) => ({ ...f, field: "text" as const })),
    },
  ];
  for (const channel of policy.document.severities[incident.severity].channels) {
    if (channel === "status_page") continue;
    for (const locale of locales)
      out.push(render({ kind, channel: channel as MessageChannel, locale, variables, phase }));
  }
  return out;
}
