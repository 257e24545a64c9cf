import type { Principal } from "#core/auth/roles";
import type { AccountLookup, DeskDeps } from "#core/helpdesk/deps";
import type { TicketEvent } from "#core/helpdesk/model";
import { loadMatcher, receiveTicket } from "#core/helpdesk/receive";
import { type DeskWorkReport, runDeskWork } from "#core/helpdesk/work";
import type { DomainEvent } from "#core/ports/store";
import type { Services } from "../services";
import { helpDeskFor } from "../wiring/drills";

/** The principal automatic help-desk work acts as. */
export const liaisonBot: Principal = { tokenId: null, name: "liaison", role: "admin", approves: [] };
const leaseMs = 120_000;
export const realPause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function deskDeps(services: Services, actor: Principal = liaisonBot): Promise<DeskDeps | null> {
  const { helpdesk } = services;
  if (!helpdesk.desk) return null;
  const ctx = {
    store: services.store,
    comms: services.comms,
    notifier: services.notifier,
    clock: services.clock,
    newId: services.newId,
    policy: await services.store.currentPolicy(),
    actor,
    page: services.page,
  };
  return {
    ctx,
    desk: helpdesk.desk,
    helpDeskFor: helpDeskFor(services.drills, helpdesk.desk),
    store: helpdesk.store,
    page: services.page,
    settings: helpdesk.settings,
    accounts: crmAccountLookup(services),
  };
}

/** Help-desk organisations mapped to CRM accounts (by external id, else by name), when a CRM is synced. */
export function crmAccountLookup(services: Services): AccountLookup | undefined {
  const store = services.crm?.store;
  if (!store) return undefined;
  return async ({ organizationId, organizationName }) => {
    const a = await store.findAccount({ externalId: organizationId, name: organizationName });
    return a
      ? {
          name: a.name,
          tier: a.tier,
          regions: a.regions,
          csm: a.owner ? { name: a.owner.name, email: a.owner.email } : null,
        }
      : null;
  };
}

/** A ticket event travels through the outbox (and the Queue) as JSON; dates come back as strings. */
export function ticketEventFromPayload(payload: Record<string, unknown>): TicketEvent {
  const e = payload as unknown as TicketEvent;
  const t = e.ticket;
  return {
    ...e,
    at: new Date(e.at),
    ticket: { ...t, createdAt: new Date(t.createdAt), updatedAt: new Date(t.updatedAt) },
  };
}

/** Matches received tickets (database only, safe to repeat); the help-desk calls happen in the work run. */
export async function receiveTicketEvents(services: Services, events: DomainEvent[]): Promise<number> {
  const received = events.filter((e) => e.type === "helpdesk.ticket");
  if (!received.length) return 0;
  const deps = await deskDeps(services);
  if (!deps) return 0;
  const matcher = await loadMatcher(deps);
  for (const e of received) await receiveTicket(deps, ticketEventFromPayload(e.payload), matcher);
  return received.length;
}

/**
 * Runs the help-desk work under a lease, so a cron run, a queue batch and a webhook kick never
 * work on the same links at once; a worker that dies lets the lease expire and the next resumes.
 */
export async function runHelpdeskWork(services: Services, pause = realPause): Promise<DeskWorkReport | null> {
  const deps = await deskDeps(services);
  if (!deps) return null;
  const holder = services.newId("event");
  if (!(await deps.store.tryLease(holder, services.clock.now(), leaseMs))) return null;
  // A storm run waits on Zendesk's rate limit for minutes: keep the lease while it works, so a second
  // run cannot start on the same batches and post a reply twice.
  const renew = setInterval(
    () => void deps.store.tryLease(holder, services.clock.now(), leaseMs).catch(() => undefined),
    leaseMs / 3,
  );
  try {
    return await runDeskWork(deps, pause);
  } finally {
    clearInterval(renew);
    await deps.store.releaseLease(holder);
  }
}
