import { compileMatcher, type Matcher } from "../matching/matcher";
import { tokens } from "../matching/normalise";
import type { MatchCandidate } from "../matching/rules";
import type { DeskDeps } from "./deps";
import { knownIssues } from "./known-issues";
import type { DeskTicket, TicketEvent, TicketLink } from "./model";

/**
 * Loads the open incidents once and compiles the matcher; reuse it for a batch of tickets. It also
 * knows Liaison's own problem tickets, which must never be matched (they name the incident they hold).
 */
export async function loadMatcher(
  deps: DeskDeps,
): Promise<{ match: Matcher; componentNames: string[]; problemTickets: Set<string> }> {
  const [incidents, components] = await Promise.all([
    deps.ctx.store.listIncidents({ phase: "open" }),
    deps.ctx.store.listComponents(),
  ]);
  const desks = await deps.store.listDesks(incidents.map((i) => i.id));
  return {
    match: compileMatcher(knownIssues(incidents, desks, components), deps.settings.thresholds),
    componentNames: components.map((c) => c.name),
    problemTickets: new Set(desks.flatMap((d) => (d.problemTicketId ? [d.problemTicketId] : []))),
  };
}

const stopWords = new Set([
  "the",
  "and",
  "for",
  "with",
  "that",
  "this",
  "from",
  "have",
  "your",
  "when",
  "what",
  "cannot",
  "cant",
  "not",
  "does",
  "doesnt",
  "dont",
  "please",
  "help",
  "issue",
  "problem",
  "since",
  "today",
  "again",
  "still",
  "able",
  "will",
  "would",
  "could",
  "there",
  "their",
  "they",
  "about",
  "into",
  "just",
  "also",
  "been",
  "were",
  "some",
  "more",
  "need",
  "anyone",
  "hello",
  "thanks",
  "thank",
  "getting",
  "work",
  "working",
  "anymore",
]);

/** The volume series a new ticket counts in: total, its organisation, components it names and its subject's words. */
export function seriesKeys(t: DeskTicket, componentNames: readonly string[]): string[] {
  const words = tokens(t.subject);
  const text = ` ${tokens(`${t.subject} ${t.description}`).join(" ")} `;
  const keys = new Set(["total"]);
  if (t.organizationId) keys.add(`organization:${t.organizationId}`);
  for (const name of componentNames) if (text.includes(` ${tokens(name).join(" ")} `)) keys.add(`component:${name}`);
  for (const w of words) if (w.length >= 4 && !stopWords.has(w)) keys.add(`keyword:${w}`);
  return [...keys].slice(0, 12);
}

/** What a candidate does to an existing link: upgrade a suggestion, never undo an agent's unlink. */
function merge(existing: TicketLink | undefined, c: MatchCandidate, ticketId: string, now: Date): TicketLink | null {
  const state = c.decision === "link" ? "linked" : "suggested";
  if (existing && (existing.state !== "suggested" || state === "suggested")) return null;
  return {
    ticketId,
    incidentId: c.incidentId,
    state,
    mode: "auto",
    score: c.score,
    reasons: c.reasons,
    linkedBy: "liaison",
    linkedAt: now,
    appliedAt: null,
    applyAttempts: 0,
    closeState: null,
    closeReason: null,
    closedAt: null,
  };
}

/**
 * Takes one ticket event: records the ticket (and, after a link, whether the customer or an agent
 * touched it since), then links or suggests it for matching incidents. Safe to repeat.
 */
export async function receiveTicket(
  deps: DeskDeps,
  event: TicketEvent,
  m: Awaited<ReturnType<typeof loadMatcher>>,
): Promise<TicketLink[]> {
  if (m.problemTickets.has(event.ticket.id)) return [];
  const now = deps.ctx.clock.now();
  const [previous, links] = await Promise.all([
    deps.store.getTicket(event.ticket.id),
    deps.store.listLinks({ ticketId: event.ticket.id }),
  ]);
  const linkedBefore = links.some((l) => l.state === "linked" && l.linkedAt.getTime() < event.at.getTime());
  const told =
    event.fromSearch && previous
      ? {
          ...event.ticket,
          organizationId: previous.organizationId ?? event.ticket.organizationId,
          organizationName: previous.organizationName ?? event.ticket.organizationName,
          locale: previous.locale ?? event.ticket.locale,
          tier: event.ticket.tier ?? previous.tier,
          region: event.ticket.region ?? previous.region,
          formId: event.ticket.formId ?? previous.formId,
        }
      : event.ticket;
  const account =
    !told.tier || !told.region
      ? await deps.accounts?.({ organizationId: told.organizationId, organizationName: told.organizationName })
      : null;
  const ticket: DeskTicket = {
    ...told,
    // The CRM knows the customer's tier and region when the help desk does not.
    tier: told.tier ?? account?.tier ?? null,
    region: told.region ?? (account?.regions.length === 1 ? account.regions[0]! : null),
    organizationName: told.organizationName ?? account?.name ?? null,
    customerRepliedAt: linkedBefore && event.actor === "end-user" ? event.at : (previous?.customerRepliedAt ?? null),
    agentEngagedAt: linkedBefore && event.actor === "agent" ? event.at : (previous?.agentEngagedAt ?? null),
  };
  await deps.store.saveTicket(ticket, previous ? [] : seriesKeys(ticket, m.componentNames));
  const changed = m
    .match(ticket)
    .map((c) =>
      merge(
        links.find((l) => l.incidentId === c.incidentId),
        c,
        ticket.id,
        now,
      ),
    )
    .filter((l): l is TicketLink => l !== null);
  if (changed.length) await deps.store.saveLinks(changed);
  return changed;
}
