import { createComponent } from "#core/components/create";
import { addSubscribers } from "#core/delivery/subscribe";
import { declareIncident } from "#core/incidents/declare";
import { postUpdate } from "#core/incidents/post-update";
import { changeMaintenance } from "#core/maintenance/change";
import { scheduleMaintenance } from "#core/maintenance/schedule";
import type { Ctx } from "#core/shared/context";
import type { Services } from "../services";
import {
  type DemoIncident,
  demoAccounts,
  demoComponents,
  demoHistory,
  demoSubscribers,
  openDemoIncident,
} from "./data";

const minute = 60_000;
const day = 86_400_000;

/** A ctx whose clock can be moved, so history is written at the times it happened. */
async function demoCtx(services: Services) {
  let now = services.clock.now().getTime();
  const ctx: Ctx = {
    store: services.store,
    comms: services.comms,
    notifier: { notify: async () => {} },
    clock: { now: () => new Date(now) },
    newId: services.newId,
    policy: await services.store.currentPolicy(),
    actor: { tokenId: null, name: "demo", role: "admin", approves: ["legal", "pr", "exec"] },
  };
  const at = (t: Date) => {
    now = t.getTime();
  };
  return { ctx, at, real: services.clock.now() };
}

async function play(ctx: Ctx, at: (t: Date) => void, start: Date, i: DemoIncident, componentId: string) {
  at(start);
  const incident = await declareIncident({
    ctx,
    input: {
      title: i.title,
      severity: i.severity,
      message: i.message,
      detectedAt: new Date(start.getTime() - 6 * minute),
      components: [{ componentId, status: i.severity === "P1" ? "major_outage" : "partial_outage" }],
      regions: i.title.includes("Europe") ? ["eu"] : [],
    },
  });
  for (const u of i.updates) {
    at(new Date(start.getTime() + u.after * minute));
    await postUpdate({ ctx, input: { incidentId: incident.id, phase: u.phase, message: u.message } });
  }
}

/** The demo's announcements happened in the past: nobody is to be notified of them now. */
async function quietOutbox(services: Services, at: Date) {
  for (;;) {
    const events = await services.store.listPendingEvents(500);
    if (!events.length) return;
    await services.store.markEventsDispatched(
      events.map((e) => e.id),
      at,
    );
  }
}

/** True when the hub has nothing yet: the demo never writes over real data. */
export const isEmptyHub = async (services: Services) => (await services.store.listComponents()).length === 0;

/**
 * Loads a realistic page: components in groups, four past incidents, an open P2 with an update, a
 * completed and an upcoming maintenance, CRM accounts and (with delivery) subscribers. Past events are
 * written through the same use cases as live ones; their announcements are not sent to anyone.
 */
export async function loadDemo(services: Services): Promise<void> {
  const { ctx, at, real } = await demoCtx(services);
  at(new Date(real.getTime() - 60 * day));
  const ids = new Map<string, string>();
  for (const c of demoComponents) ids.set(c.name, (await createComponent({ ctx, input: c })).id);
  for (const i of demoHistory)
    await play(ctx, at, new Date(real.getTime() - i.daysAgo * day), i, ids.get(i.component)!);
  at(new Date(real.getTime() - 9 * day));
  const start = real.getTime() - 8 * day;
  const done = await scheduleMaintenance({
    ctx,
    input: {
      title: "Database maintenance",
      message: "Short pauses of a few seconds are possible.",
      componentIds: [ids.get("Public API")!],
      scheduledFor: new Date(start),
      scheduledUntil: new Date(start + 60 * minute),
    },
  });
  at(new Date(start));
  await changeMaintenance({ ctx, input: { maintenanceId: done.id, status: "in_progress" } });
  at(new Date(start + 50 * minute));
  await changeMaintenance({
    ctx,
    input: { maintenanceId: done.id, status: "completed", message: "The maintenance is complete." },
  });
  at(real);
  await scheduleMaintenance({
    ctx,
    input: {
      title: "Payouts provider upgrade",
      message: "Payouts may be delayed by up to an hour during the window.",
      componentIds: [ids.get("Payouts")!],
      scheduledFor: new Date(real.getTime() + 3 * day),
      scheduledUntil: new Date(real.getTime() + 3 * day + 120 * minute),
    },
  });
  await play(ctx, at, new Date(real.getTime() - 40 * minute), openDemoIncident, ids.get("Checkout")!);
  at(real);
  await quietOutbox(services, real);
  await services.crm?.store.upsertAccounts(demoAccounts, real);
  if (services.delivery)
    await addSubscribers(
      { store: services.delivery.store, clock: services.clock, secret: services.delivery.secret },
      demoSubscribers,
    );
}
