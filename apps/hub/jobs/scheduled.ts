import type { Reminder } from "#core/comms/model";
import { runReminderTick } from "#core/comms/reminders";
import { runDeliveryWork } from "#core/delivery/job";
import { runMaintenanceTick, scheduler, type TickReport } from "#core/maintenance/tick";
import type { Publication } from "#core/ports/notifier";
import type { DomainEvent } from "#core/ports/store";
import type { Services } from "../services";
import { handleCrmEvents } from "./crm-alerts";
import { runScheduledCrmSync } from "./crm-sync";
import { realPause, receiveTicketEvents, runHelpdeskWork } from "./helpdesk";

/** Where outbox events go: the Queue on Workers, an in-process handler on Node. */
export type EventSink = (events: DomainEvent[]) => Promise<void>;

const idempotencyKeyTtlMs = 24 * 3_600_000;
/** Dispatched outbox events are kept a week: long past any webhook redelivery their ids dedupe. */
const dispatchedEventTtlMs = 7 * 86_400_000;
// Vendors redeliver within hours (PagerDuty's events are refused after 24 h anyway); a week of keys is plenty.
const alertDeliveryTtlMs = 7 * 86_400_000;
const purgePageSize = 5_000;
const drainPageSize = 100;
/** Delivery work per tick; a Worker invocation is short, a Node tick simply runs again. */
const deliveryBudgetMs = 5_000;

/**
 * The hub's time-based work, identical on both runtimes: maintenance transitions and overrun
 * flags, communication reminders, then the outbox drain, then housekeeping.
 */
export async function runScheduledWork(
  services: Services,
  sink: EventSink,
  pause = realPause,
): Promise<TickReport & { reminders: Reminder[]; eventsDispatched: number; helpdeskError: string | null }> {
  const { store, comms, notifier, clock, newId } = services;
  const ctx = { store, comms, notifier, clock, newId, policy: await store.currentPolicy(), page: services.page };
  const report = await runMaintenanceTick(ctx);
  const reminders = await runReminderTick({ ...ctx, actor: scheduler });
  const eventsDispatched = await drainWithCrm(services, sink);
  await runScheduledCrmSync(services);
  const helpdeskError = await helpdeskWork(services, pause);
  await drainWithCrm(services, sink);
  await runDelivery(services);
  await housekeeping(services);
  return { ...report, reminders, eventsDispatched, helpdeskError };
}

/**
 * What a kick (a webhook accepted, a help-desk change made through the API) runs at once, on both
 * runtimes: the outbox with its CRM follow-up, and the help-desk work. Safe beside a Cron run: the
 * help-desk work holds a lease and events are marked only after the sink took them.
 */
export async function runKickedWork(services: Services, sink: EventSink, pause = realPause): Promise<void> {
  await drainWithCrm(services, sink);
  await helpdeskWork(services, pause);
  await drainWithCrm(services, sink);
}

/** Drains the outbox into the sink; CRM alerts and outreach lists follow the same events. */
function drainWithCrm(services: Services, sink: EventSink): Promise<number> {
  return drainOutbox(services, async (events) => {
    await sink(events);
    await handleCrmEvents(services, events);
  });
}

/** A help-desk outage must not hold up the rest; its work resumes from stored state next time. */
function helpdeskWork(services: Services, pause: typeof realPause): Promise<string | null> {
  return runHelpdeskWork(services, pause).then(
    () => null,
    (e: Error) => {
      console.error(
        JSON.stringify({ level: "error", msg: "help-desk work stopped; it resumes on the next run", error: e.message }),
      );
      return e.message;
    },
  );
}

/** When each hub last swept: the purges scan old rows, so they run every few minutes, not every tick. */
const lastSweep = new WeakMap<Services, number>();
const sweepEveryMs = 10 * 60_000;

/** Keeps the database from growing without end; each purge is bounded so a run stays short. */
async function housekeeping(services: Services): Promise<void> {
  const now = services.clock.now().getTime();
  if (now - (lastSweep.get(services) ?? Number.NEGATIVE_INFINITY) < sweepEveryMs) return;
  lastSweep.set(services, now);
  await services.idempotency.purgeBefore(new Date(now - idempotencyKeyTtlMs));
  await services.store.purgeDispatchedEvents(new Date(now - dispatchedEventTtlMs), purgePageSize);
  await services.monitoring.store.purgeDeliveries(new Date(now - alertDeliveryTtlMs), purgePageSize);
  if (services.delivery)
    await services.delivery.store.purgeSettled(
      new Date(now - services.delivery.retentionDays * 86_400_000),
      purgePageSize,
    );
}

/** An incident's components and their current groups: a component added to a group later counts. */
async function affectedScope(services: Services, incidentId: string): Promise<Set<string>> {
  const incident = await services.store.getIncident(incidentId);
  const ids = new Set(incident?.components.map((c) => c.componentId) ?? []);
  for (const c of await services.store.listComponents()) if (ids.has(c.id) && c.groupId) ids.add(c.groupId);
  return ids;
}

/**
 * Delivery pages (expansion, then sends) within a time budget; the Queue consumer calls it too. True when work is left.
 */
export async function runDelivery(services: Services): Promise<boolean> {
  if (!services.delivery) return false;
  const report = await runDeliveryWork(
    {
      ...services.delivery,
      clock: services.clock,
      baseUrl: services.page.url,
      affectedScope: (id) => affectedScope(services, id),
    },
    deliveryBudgetMs,
  );
  return report.more;
}

/** Hands pending outbox events to the sink, then marks them; an event is marked only after the sink took it. */
export async function drainOutbox(services: Services, sink: EventSink): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await services.store.listPendingEvents(drainPageSize);
    if (!batch.length) return total;
    await sink(batch);
    await services.store.markEventsDispatched(
      batch.map((e) => e.id),
      services.clock.now(),
    );
    total += batch.length;
    if (batch.length < drainPageSize) return total;
  }
}

const internal = (e: DomainEvent, kind: string, text: string): Publication => ({
  id: e.id,
  incidentId: e.subjectId,
  kind,
  createdAt: e.createdAt,
  audience: { internal: true, regions: [], segments: [], channelTiers: {} },
  messages: [
    {
      kind: "internal_briefing",
      channel: "helpdesk",
      locale: "en",
      subject: null,
      text,
      html: null,
      sms: null,
      findings: [],
    },
  ],
});

function surgeText(p: Record<string, unknown>): string {
  const series = (p.series as { key: string; observed: number; expected: number }[]).map(
    (s) => `${s.key}: ${s.observed} tickets (about ${s.expected} expected)`,
  );
  return `Unexplained ticket surge in the last ${String(p.windowMinutes)} minutes, and no open incident explains it. Is something broken that nobody declared?\n${series.join("\n")}`;
}

function candidateText(p: Record<string, unknown>): string {
  return (
    `Monitoring raised a candidate incident: "${String(p.title)}" (suggested ${String(p.severity)}, from ${(p.sources as string[]).join(", ")}). ` +
    "Nothing has gone to customers: confirm or decline it with POST /api/v1/candidates/{id}/confirm or /decline."
  );
}

/**
 * Consumes outbox events: tickets are matched, publications and internal alerts go to the Notifier; everything is
 * logged.
 */
export async function handleEvents(events: DomainEvent[], services: Services): Promise<void> {
  const { notifier } = services;
  await receiveTicketEvents(services, events);
  for (const e of events) {
    if (e.type === "publication.ready") {
      // Payloads travel as JSON through the outbox and the Queue; dates come back as strings.
      const p = e.payload.publication as Publication;
      await notifier.notify({ ...p, createdAt: new Date(p.createdAt) });
    } else if (e.type === "reminder.ready")
      await notifier.notify(internal(e, "reminder", (e.payload.reminder as { message: string }).message));
    else if (e.type === "maintenance.overrun_warning" || e.type === "maintenance.overrun") {
      await notifier.notify(
        internal(
          e,
          e.type,
          `Maintenance ${e.subjectId} ${e.type === "maintenance.overrun" ? "has run past" : "ends in 30 minutes at"} its planned end (${String(e.payload.plannedEnd)}) and is not complete: post a new ETA.`,
        ),
      );
    } else if (e.type === "helpdesk.unexplained_surge")
      await notifier.notify(internal(e, "unexplained_surge", surgeText(e.payload)));
    else if (e.type === "alerts.candidate_opened")
      await notifier.notify(internal(e, "candidate_opened", candidateText(e.payload)));
    console.log(
      JSON.stringify({ level: "info", msg: "event", type: e.type, subject: e.subjectId, id: e.id, at: e.createdAt }),
    );
  }
}
