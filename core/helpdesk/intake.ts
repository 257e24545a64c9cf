import type { HelpdeskStore } from "../ports/helpdesk";
import type { Clock } from "../shared/clock";
import type { TicketEvent } from "./model";

/** cyrb53: a fast 53-bit string hash (not for secrets; the signature already vouched for the body). */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, "0");
}

/** Two independent 53-bit hashes: 106 bits, so two different deliveries never share an id in practice. */
export const deliveryId = (dedupeKey: string) => `evt_tk_${cyrb53(dedupeKey, 1)}${cyrb53(dedupeKey, 2)}`;

/**
 * Accepts one verified webhook delivery: it becomes an outbox event whose id comes from the
 * delivery's dedupe key, so a redelivery finds the event already there and is processed once.
 * Matching and help-desk calls happen later, from the queue.
 */
export async function acceptTicketEvent(
  deps: { store: HelpdeskStore; clock: Clock },
  event: TicketEvent,
  dedupeKey: string,
): Promise<{ duplicate: boolean; eventId: string }> {
  const eventId = deliveryId(dedupeKey);
  const fresh = await deps.store.receive({
    id: eventId,
    type: "helpdesk.ticket",
    subjectId: event.ticket.id,
    payload: event as unknown as Record<string, unknown>,
    createdAt: deps.clock.now(),
  });
  return { duplicate: !fresh, eventId };
}
