import type { DomainEvent } from "#core/ports/store";
import { systemClock } from "#core/shared/clock";
import { type App, createApp } from "./app";
import { runHelpdeskWork } from "./jobs/helpdesk";
import { handleEvents, runDelivery, runKickedWork, runScheduledWork } from "./jobs/scheduled";
import type { Services } from "./services";
import { openD1 } from "./storage/d1";
import { wireServices } from "./wiring";
import { offerDemo } from "./wiring/demo";

export interface Env {
  DB: D1Database;
  EVENTS: Queue<QueuedEvent>;
  LIAISON_ADMIN_TOKEN?: string;
  LIAISON_PAGE_NAME?: string;
  LIAISON_PUBLIC_URL?: string;
  LIAISON_TIME_ZONE?: string;
  /** Monitoring webhook secrets (Worker secrets); each enables its /webhooks/<source> route. */
  ALERTMANAGER_WEBHOOK_TOKEN?: string;
  PAGERDUTY_WEBHOOK_SECRETS?: string;
  DATADOG_WEBHOOK_SECRET?: string;
  SENTRY_CLIENT_SECRET?: string;
  GRAFANA_WEBHOOK_SECRET?: string;
}

/** An outbox event as it travels on the Queue: dates as ISO strings. */
export type QueuedEvent = Omit<DomainEvent, "createdAt"> & { createdAt: string };

const wired = new Map<string, Promise<{ services: Services; app: App }>>();
/** Each origin gets its own wiring; a bound keeps odd Host headers from growing the isolate's memory. */
const maxOrigins = 4;

/**
 * Builds the services once per isolate (bindings do not change between requests), per origin so
 * that without LIAISON_PUBLIC_URL links point at the host that was asked.
 */
function wire(env: Env, origin: string) {
  const key = env.LIAISON_PUBLIC_URL ? "configured" : origin;
  let found = wired.get(key);
  if (found) return found;
  found = (async () => {
    const { db, runBatch } = openD1(env.DB);
    const services: Services = await wireServices(env as unknown as Record<string, unknown>, {
      db,
      runBatch,
      clock: systemClock,
      fallbackUrl: origin,
      // After a webhook or a help-desk change, its work runs at once (as on Node) rather than at the next Cron.
      kick: (waitUntil) => waitUntil?.(runKickedWork(services, (events) => toQueueBatch(env, events))),
    });
    // Two isolates may race to fill an empty database; the loser's unique-name conflict is harmless.
    await offerDemo(services, env as unknown as Record<string, unknown>).catch((e: Error) =>
      console.error(JSON.stringify({ level: "warn", msg: "demo not loaded", error: e.message })),
    );
    return { services, app: createApp(services) };
  })();
  wired.set(key, found);
  if (wired.size > maxOrigins) wired.delete(wired.keys().next().value!);
  return found;
}

const toQueue = (e: DomainEvent): QueuedEvent => ({ ...e, createdAt: e.createdAt.toISOString() });
const toQueueBatch = async (env: Env, events: DomainEvent[]) => {
  await env.EVENTS.sendBatch(events.map((e) => ({ body: toQueue(e), contentType: "json" as const })));
};
const fromQueue = (e: QueuedEvent): DomainEvent => ({ ...e, createdAt: new Date(e.createdAt) });

export default {
  async fetch(request, env, ctx) {
    const { app } = await wire(env, new URL(request.url).origin);
    return app.fetch(request, env, ctx);
  },

  /** Cron: maintenance transitions, then the outbox drained onto the Queue. */
  async scheduled(_controller, env, ctx) {
    const { services } = await wire(env, "http://localhost");
    ctx.waitUntil(runScheduledWork(services, (events) => toQueueBatch(env, events)));
  },

  async queue(batch, env, _ctx) {
    const { services } = await wire(env, "http://localhost");
    // Ticket events only touch the database and are safe to repeat, so they are matched together
    // (one matcher per batch, not per ticket) and acknowledged or retried together.
    const tickets = batch.messages.filter((m) => m.body.type === "helpdesk.ticket");
    if (tickets.length) {
      try {
        await handleEvents(
          tickets.map((m) => fromQueue(m.body)),
          services,
        );
        for (const m of tickets) m.ack();
      } catch (e) {
        console.error(
          JSON.stringify({
            level: "error",
            msg: "ticket events failed; will retry",
            count: tickets.length,
            error: (e as Error).message,
          }),
        );
        for (const m of tickets) m.retry({ delaySeconds: Math.min(300, 2 ** m.attempts) });
      }
    }
    // Everything else is acknowledged one by one: a failing event is retried alone, so the others are not handed over
    // twice.
    for (const m of batch.messages.filter((x) => x.body.type !== "helpdesk.ticket")) {
      try {
        await handleEvents([fromQueue(m.body)], services);
        m.ack();
      } catch (e) {
        console.error(
          JSON.stringify({
            level: "error",
            msg: "event handling failed; will retry",
            id: m.body.id,
            type: m.body.type,
            error: (e as Error).message,
          }),
        );
        m.retry({ delaySeconds: Math.min(300, 2 ** m.attempts) });
      }
    }
    if (tickets.length) await runHelpdeskWork(services);
    // A big fan-out outlasts one invocation: each run takes pages within its budget and, with work
    // left, queues a message so the next consumer invocation continues without waiting for Cron.
    if (await runDelivery(services)) {
      await env.EVENTS.send(
        {
          id: `evt_dlv_${Date.now().toString(36)}`,
          type: "delivery.continue",
          subjectId: "delivery",
          payload: {},
          createdAt: new Date().toISOString(),
        },
        { contentType: "json" },
      );
    }
  },
} satisfies ExportedHandler<Env, QueuedEvent>;
