import type { TicketLink } from "#core/helpdesk/model";
import { minutes } from "#core/shared/clock";
import { deskTicket } from "#test/support/desk-ticket";
import type { TestHub } from "../support/hub";

const ticket = (id: string, createdAt: Date) =>
  deskTicket({ id, subject: "Card payment declined", status: "open", createdAt });
const linked = (ticketId: string, incidentId: string, at: Date): TicketLink => ({
  ticketId,
  incidentId,
  state: "linked",
  mode: "auto",
  score: 0.9,
  reasons: [],
  linkedBy: "liaison",
  linkedAt: at,
  appliedAt: null,
  applyAttempts: 0,
  closeState: null,
  closeReason: null,
  closedAt: null,
});

/**
 * A resolved P1 three hours back, by hand: detected 10 min before it was declared (first update 10
 * min, deadline 15); updates at +30, +75 and resolved at +100 against a 30-minute cadence (2 of 3
 * intervals on time); four linked tickets, one before the first notice. The clock ends where it began.
 */
export async function seedMeasuredP1(hub: TestHub) {
  const now = hub.clock.now();
  const t0 = new Date(now.getTime() - minutes(180));
  const at = (m: number) => new Date(t0.getTime() + minutes(m));
  hub.clock.set(t0);
  const p1 = await hub.declare({
    title: "Card payments declined",
    severity: "P1",
    detected_at: at(-10).toISOString(),
    impact_start_at: at(-15).toISOString(),
    message: "Some card payments are declined. We are investigating.",
  });
  for (const [m, status] of [
    [30, "identified"],
    [75, "monitoring"],
    [100, "resolved"],
  ] as const) {
    hub.clock.set(at(m));
    const res = await hub.call("POST", `/api/v1/incidents/${p1.id}/updates`, { status, message: `Now ${status}.` });
    if (res.status !== 201) throw new Error(res.text);
  }
  const desk = hub.services.helpdesk.store;
  const tickets = { k1: -5, k2: 10, k3: 20, k4: 65 };
  for (const [id, m] of Object.entries(tickets)) await desk.saveTicket(ticket(id, at(m)), []);
  await desk.saveLinks(Object.keys(tickets).map((id) => linked(id, p1.id, at(70))));
  hub.clock.set(now);
  return p1.id as string;
}
