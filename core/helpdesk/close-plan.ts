import { chunks } from "../shared/chunks";
import type { CloseBatch, DeskTicket, TicketLink } from "./model";

export const ticketsPerUpdateMany = 100;

/** Why a linked ticket stays open when its incident resolves, or null to solve it. */
export function keepOpenReason(
  link: TicketLink,
  ticket: DeskTicket | undefined,
  humanOnlyTiers: readonly string[],
): string | null {
  if (!ticket) return "Liaison has no record of the ticket";
  if (ticket.status === "solved" || ticket.status === "closed") return "it was already solved";
  if (ticket.customerRepliedAt && ticket.customerRepliedAt > link.linkedAt)
    return "the customer wrote again after it was linked";
  if (ticket.agentEngagedAt && ticket.agentEngagedAt > link.linkedAt)
    return "an agent took it over after it was linked";
  if (ticket.tier && humanOnlyTiers.includes(ticket.tier)) return `policy keeps ${ticket.tier} tickets with a human`;
  return null;
}

/**
 * Splits an incident's linked tickets into update_many batches: solve batches per reply locale (one
 * comment per call) and detach batches per reason for the tickets that stay open.
 */
export function planClose(o: {
  incidentId: string;
  links: readonly TicketLink[];
  tickets: readonly DeskTicket[];
  humanOnlyTiers: readonly string[];
  defaultLocale: string;
  newId: () => string;
  now: Date;
}): { batches: CloseBatch[]; links: TicketLink[] } {
  const byId = new Map(o.tickets.map((t) => [t.id, t]));
  const groups = new Map<string, { kind: CloseBatch["kind"]; locale: string; reason: string | null; ids: string[] }>();
  const links = o.links.map((link): TicketLink => {
    const ticket = byId.get(link.ticketId);
    const reason = keepOpenReason(link, ticket, o.humanOnlyTiers);
    const locale = ticket?.locale ?? o.defaultLocale;
    const key = reason ? `detach:${reason}` : `solve:${locale}`;
    const group = groups.get(key) ?? { kind: reason ? "detach" : "solve", locale, reason, ids: [] };
    group.ids.push(link.ticketId);
    groups.set(key, group);
    return { ...link, closeState: reason ? "kept_open" : "will_solve", closeReason: reason };
  });
  const batches = [...groups.values()].flatMap((g) =>
    chunks(g.ids, ticketsPerUpdateMany).map(
      (ticketIds): CloseBatch => ({
        id: o.newId(),
        incidentId: o.incidentId,
        kind: g.kind,
        locale: g.locale,
        reason: g.reason,
        ticketIds,
        state: "pending",
        jobId: null,
        attempt: 1,
      }),
    ),
  );
  return { batches, links };
}
