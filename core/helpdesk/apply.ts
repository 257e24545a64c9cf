import type { Incident } from "../incidents/model";
import { type HelpDesk, isTicketRefusal, type TicketChange } from "../ports/helpdesk";
import { archiveHelpdeskText } from "../publish/helpdesk";
import { type DeskDeps, helpDeskOf } from "./deps";
import { approvedReply, linkNote } from "./messages";
import { incidentTag, knownIssueTag, type TicketLink } from "./model";
import { ensureProblemTicket } from "./setup";

const pageSize = 100;

async function changeFor(
  deps: DeskDeps,
  incident: Incident,
  link: TicketLink,
  problemId: string,
): Promise<TicketChange> {
  const tag = incidentTag(incident.id);
  if (link.state === "unlinked") {
    return {
      removeTags: [tag],
      problemId: null,
      type: "question",
      comment: { body: `${link.linkedBy} unlinked this ticket from "${incident.title}" in Liaison.`, public: false },
    };
  }
  const note = { body: await linkNote(deps, incident, link), public: false };
  if (link.state === "suggested") return { comment: note };
  const change: TicketChange = { addTags: [tag, knownIssueTag], type: "incident", problemId, comment: note };
  if (deps.settings.incidentFieldId) change.customFields = [{ id: deps.settings.incidentFieldId, value: incident.id }];
  return change;
}

async function maybePublicReply(deps: DeskDeps, incident: Incident, link: TicketLink, humanOnly: readonly string[]) {
  if (!deps.settings.publicReply || link.state !== "linked" || link.mode !== "auto") return;
  const [ticket] = await deps.store.getTickets([link.ticketId]);
  if (!ticket || (ticket.tier && humanOnly.includes(ticket.tier))) return;
  const reply = await approvedReply(deps, incident, ticket.locale);
  await helpDeskOf(deps, incident).updateTicket(link.ticketId, { comment: { body: reply.text, public: true } });
  await archiveHelpdeskText(deps.ctx, incident, {
    channel: "helpdesk_reply",
    locale: reply.locale,
    text: reply.text,
    audience: `ticket ${link.ticketId}`,
  });
}

/**
 * Brings the help desk in line with Liaison's links: tags, problem link, custom field and an internal
 * note for new links; the reverse for unlinks. An attempt that may have reached the help desk before a
 * crash is checked by its tags first, so a note is never posted twice.
 */
export async function applyLinks(deps: DeskDeps): Promise<number> {
  let applied = 0;
  const links = await deps.store.listUnappliedLinks(pageSize, deps.settings.suggestNotes);
  if (!links.length) return 0;
  const humanOnly = deps.ctx.policy.document.humanOnlyTiers;
  // A storm links hundreds of tickets to the same few incidents: read each incident and its problem ticket once.
  const incidents = new Map<string, Promise<{ incident: Incident; problemId: string } | null>>();
  const incidentFor = (id: string) => {
    let found = incidents.get(id);
    if (!found) {
      found = deps.ctx.store
        .getIncident(id)
        .then(async (incident) =>
          incident ? { incident, problemId: await ensureProblemTicket(deps, incident) } : null,
        );
      incidents.set(id, found);
    }
    return found;
  };
  const tags = await retriedTags(deps, links, incidentFor);
  for (const link of links) {
    const loaded = await incidentFor(link.incidentId);
    if (!loaded) continue;
    const { incident, problemId } = loaded;
    const has = tags.get(link.ticketId)?.includes(incidentTag(incident.id));
    const alreadyDone =
      link.applyAttempts > 0 && link.state !== "suggested" && (link.state === "linked" ? has : has === false);
    if (!alreadyDone) {
      await deps.store.saveLinks([{ ...link, applyAttempts: link.applyAttempts + 1 }]);
      try {
        await helpDeskOf(deps, incident).updateTicket(link.ticketId, await changeFor(deps, incident, link, problemId));
        if (!link.applyAttempts) await maybePublicReply(deps, incident, link, humanOnly);
      } catch (e) {
        // A ticket deleted or closed in the meantime can never take the change; it must not block the rest.
        if (!isTicketRefusal(e)) throw e;
      }
    }
    const now = deps.ctx.clock.now();
    await deps.store.saveLinks([
      { ...link, applyAttempts: link.applyAttempts + 1, appliedAt: link.state === "unlinked" ? null : now },
    ]);
    applied++;
  }
  return applied;
}

/** Current tags of tickets whose earlier attempt may have reached the help desk: one call per help desk. */
async function retriedTags(
  deps: DeskDeps,
  links: TicketLink[],
  incidentFor: (id: string) => Promise<{ incident: Incident } | null>,
): Promise<Map<string, string[]>> {
  const byDesk = new Map<HelpDesk, string[]>();
  for (const link of links.filter((l) => l.applyAttempts > 0)) {
    const loaded = await incidentFor(link.incidentId);
    if (!loaded) continue;
    const desk = helpDeskOf(deps, loaded.incident);
    byDesk.set(desk, [...(byDesk.get(desk) ?? []), link.ticketId]);
  }
  const tags = new Map<string, string[]>();
  for (const [desk, ids] of byDesk) for (const [id, t] of await desk.ticketTags(ids)) tags.set(id, t);
  return tags;
}
