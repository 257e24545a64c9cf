import type { ComponentStatusChange } from "../components/model";
import type { IncidentPhase } from "../incidents/model";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { event } from "../shared/events";
import type { TemplateKind } from "../templates/catalog";
import type { Draft, DraftContent } from "./model";
import { renderForIncident } from "./render-for-incident";

export interface DraftInput {
  phase?: IncidentPhase;
  kind?: TemplateKind;
  message?: string;
  variables?: Record<string, string | string[]>;
  components?: ComponentStatusChange[];
  internalNote?: string | null;
  locales?: string[];
}

/** Starts an update as a draft. Without a message, the status page text is rendered from the kind's template. */
export async function createDraft({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: DraftInput & { incidentId: string; page: { url: string; name: string } };
}): Promise<Draft> {
  const incident = await ctx.store.getIncident(input.incidentId);
  if (!incident) throw notFound("Incident", input.incidentId);
  const phase = input.phase ?? (incident.phase === "resolved" ? "resolved" : incident.phase);
  const kind = input.kind ?? phase;
  const variables = input.variables ?? {};
  const locales = input.locales ?? ["en"];
  const rendered = (locale: string) =>
    renderForIncident(ctx, { incident, kind, channel: "status_page", locale, variables, page: input.page });
  const message = input.message ?? (await rendered(locales[0]!)).text;
  // Rendered from the templates, the draft holds the words for every locale, so approvers see them all.
  const translations = input.message
    ? undefined
    : Object.fromEntries(await Promise.all(locales.slice(1).map(async (l) => [l, (await rendered(l)).text])));
  const content: DraftContent = {
    kind,
    phase,
    message,
    variables,
    components: input.components ?? [],
    internalNote: input.internalNote ?? null,
    locales,
    ...(translations && Object.keys(translations).length ? { translations } : {}),
  };
  const now = ctx.clock.now();
  const draft: Draft = {
    id: ctx.newId("draft"),
    incidentId: incident.id,
    version: 1,
    status: "draft",
    content,
    publishedUpdateId: null,
    authorId: ctx.actor.tokenId,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.comms.saveDraft({
    draft,
    newVersion: { draftId: draft.id, version: 1, content, authorId: ctx.actor.tokenId, createdAt: now },
    events: [event(ctx, "draft.created", incident.id, { draftId: draft.id })],
  });
  return draft;
}

/** Any edit makes a new version; approvals given to an earlier version stop counting. */
export async function editDraft({ ctx, input }: { ctx: Ctx; input: DraftInput & { draftId: string } }): Promise<Draft> {
  const current = await loadOpenDraft(ctx, input.draftId);
  const { draftId: _id, ...patch } = input;
  const content: DraftContent = {
    ...current.content,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  } as DraftContent;
  // New words make the old translations stale: the other locales carry the new words until retranslated.
  if (patch.message !== undefined && patch.message !== current.content.message) delete content.translations;
  const now = ctx.clock.now();
  const draft: Draft = { ...current, version: current.version + 1, status: "draft", content, updatedAt: now };
  await ctx.comms.saveDraft({
    draft,
    newVersion: { draftId: draft.id, version: draft.version, content, authorId: ctx.actor.tokenId, createdAt: now },
    events: [event(ctx, "draft.edited", draft.incidentId, { draftId: draft.id, version: draft.version })],
  });
  return draft;
}

export async function loadOpenDraft(ctx: Ctx, draftId: string): Promise<Draft> {
  const draft = await ctx.comms.getDraft(draftId);
  if (!draft) throw notFound("Draft", draftId);
  if (draft.status === "published")
    throw new DomainError("invalid_transition", `Draft '${draftId}' is already published; start a new draft.`);
  if (draft.status === "discarded")
    throw new DomainError("invalid_transition", `Draft '${draftId}' was discarded; start a new draft.`);
  return draft;
}
