import { runMaintenanceTick, type TickReport } from "../../../core/maintenance/tick";
import type { DomainEvent } from "../../../core/ports/store";
import type { Services } from "../services";

/** Where outbox events go: the Queue on Workers, an in-process handler on Node. */
export type EventSink = (events: DomainEvent[]) => Promise<void>;

const idempotencyKeyTtlMs = 24 * 3_600_000;
const drainPageSize = 100;

/**
 * The hub's time-based work, identical on both runtimes: maintenance transitions and overrun
 * flags, then the outbox drain, then housekeeping. Safe to run concurrently with itself.
 */
export async function runScheduledWork(services: Services, sink: EventSink): Promise<TickReport & { eventsDispatched: number }> {
  const { store, comms, notifier, clock, newId } = services;
  const report = await runMaintenanceTick({ store, comms, notifier, clock, newId, policy: await store.currentPolicy() });
  const eventsDispatched = await drainOutbox(services, sink);
  await services.idempotency.purgeBefore(new Date(clock.now().getTime() - idempotencyKeyTtlMs));
  return { ...report, eventsDispatched };
}

/** Hands pending outbox events to the sink, then marks them; an event is marked only after the sink took it. */
export async function drainOutbox(services: Services, sink: EventSink): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await services.store.listPendingEvents(drainPageSize);
    if (!batch.length) return total;
    await sink(batch);
    await services.store.markEventsDispatched(batch.map((e) => e.id), services.clock.now());
    total += batch.length;
    if (batch.length < drainPageSize) return total;
  }
}

/** What consumes an event today: a structured audit line. Connectors subscribe here in later work. */
export async function handleEvents(events: DomainEvent[]): Promise<void> {
  for (const e of events) console.log(JSON.stringify({ level: "info", msg: "event", type: e.type, subject: e.subjectId, id: e.id, at: e.createdAt }));
}
