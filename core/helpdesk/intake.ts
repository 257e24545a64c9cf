import type { HelpdeskStore } from "../ports/helpdesk";
import type { Clock } from "../shared/clock";
import type { TicketEvent } from "./model";

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Accepts one verified webhook delivery: it becomes an outbox event whose id comes from the
 * delivery's dedupe key, so a redelivery finds the event already there and is processed once.
 * Matching and help-desk calls happen later, from the queue.
 */
export async function acceptTicketEvent(deps: { store: HelpdeskStore; clock: Clock }, event: TicketEvent, dedupeKey: string): Promise<{ duplicate: boolean; eventId: string }> {
  const eventId = `evt_tk_${(await sha256Hex(dedupeKey)).slice(0, 32)}`;
  const fresh = await deps.store.receive({ id: eventId, type: "helpdesk.ticket", subjectId: event.ticket.id, payload: event as unknown as Record<string, unknown>, createdAt: deps.clock.now() });
  return { duplicate: !fresh, eventId };
}
