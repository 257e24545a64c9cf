import { createMonitoringSources, type MonitoringConfig, type MonitoringSource } from "#connectors/monitoring/index";
import { createZendeskConnector } from "#connectors/zendesk/index";
import type { AlertSource } from "#core/alerts/model";
import type { CrmStore } from "#core/crm/store";
import { deliveryNotifier } from "#core/delivery/notifier";
import { capturingDeliveryNotifier } from "#core/drills/capture-delivery";
import { defaultDeskSettings } from "#core/helpdesk/deps";
import { internalAlertNotifier } from "#core/internal-alerts/notifier";
import type { AlertStore } from "#core/ports/alerts";
import type { CommsStore } from "#core/ports/comms";
import type { Crm } from "#core/ports/crm";
import type { DeliveryStore } from "#core/ports/delivery";
import type { HelpDesk, HelpdeskStore } from "#core/ports/helpdesk";
import type { Notifier } from "#core/ports/notifier";
import type { Store } from "#core/ports/store";
import type { Clock } from "#core/shared/clock";
import { type IdGenerator, newId } from "#core/shared/ids";
import { logNotifier } from "./notify/notifiers";
import { alertStore } from "./storage/alerts-store";
import { createCrmStore } from "./storage/crm-store";
import type { Database, RunBatch } from "./storage/database";
import { deliveryStore } from "./storage/delivery-store";
import { drillCaptureStore } from "./storage/drill-store";
import { helpdeskStore } from "./storage/helpdesk-store";
import { type IdempotencyStore, idempotencyStore } from "./storage/idempotency-store";
import { createStorage } from "./storage/store";
import type { DeliveryOptions } from "./wiring/delivery";
import { captureSink, capturingInternalSenders, type DrillWiring, drillAwareNotifier } from "./wiring/drills";
import type { HelpdeskConfig } from "./wiring/helpdesk";
import { type InternalAlertOptions, idempotencyLedger } from "./wiring/internal-alerts";
import type { PageConfig } from "./wiring/page";

/** The help-desk side: its store always; the Zendesk connector and webhook secret when configured. */
export interface HelpdeskServices extends Omit<HelpdeskConfig, "connector"> {
  store: HelpdeskStore;
  desk: HelpDesk | null;
}

/** The CRM side of the hub: the account cache and whichever connectors are configured. */
export interface CrmServices {
  store: CrmStore;
  connectors: Crm[];
  /** How often the scheduler runs a delta sync per CRM. */
  syncIntervalMs: number;
}

/** Everything the app needs, wired by a runtime entry. */
export interface Services {
  store: Store;
  comms: CommsStore;
  notifier: Notifier;
  idempotency: IdempotencyStore;
  clock: Clock;
  newId: IdGenerator;
  page: PageConfig;
  /** SHA-256 of LIAISON_ADMIN_TOKEN, when one is configured. */
  adminTokenHash: string | null;
  helpdesk: HelpdeskServices;
  /** Asks the runtime to run queued work soon (after a webhook), instead of at the next tick. */
  kick: (waitUntil?: (work: Promise<unknown>) => void) => void;
  /** Account cache, outreach lists and CRM connectors (none unless configured). */
  crm?: CrmServices;
  /** Subscribers and delivery (issue 6); null when LIAISON_DELIVERY_SECRET is not configured. */
  delivery: (DeliveryOptions & { store: DeliveryStore }) | null;
  /** Monitoring intake: candidate incidents and the webhook sources whose secrets are configured. */
  monitoring: { store: AlertStore; sources: Partial<Record<AlertSource, MonitoringSource>> };
  /** Where a fire drill's sends are captured instead of sent (docs/drills.md). */
  drills: DrillWiring;
}

export interface ServiceOptions {
  db: Database;
  runBatch: RunBatch;
  clock: Clock;
  page: PageConfig;
  adminTokenHash: string | null;
  /** Defaults to the log notifier; tests pass a recording one. */
  notifier?: Notifier;
  helpdesk?: HelpdeskConfig;
  /** Tests and benchmarks hand in a HelpDesk directly (e.g. over msw). */
  desk?: HelpDesk;
  kick?: Services["kick"];
  /** CRM connectors, from the environment (wiring/crm.ts) or, in tests, pointed at msw. */
  crmConnectors?: Crm[];
  /** With delivery, publications also go to the delivery outbox, after `notifier` (or the log notifier). */
  delivery?: DeliveryOptions;
  /** Internal publications (reminders, overruns, unexplained surges) also go to the team's own channels. */
  internalAlerts?: InternalAlertOptions | null;
  /** Monitoring webhook secrets (parseMonitoringConfig); sources without them answer 404. */
  monitoring?: MonitoringConfig;
}

/** Every notifier in turn: the configured one, then the internal channels, then the delivery outbox. */
const notifyAll = (notifiers: Notifier[]): Notifier => ({
  notify: async (p) => {
    for (const n of notifiers) await n.notify(p);
  },
});

export function createServices(o: ServiceOptions): Services {
  const { store, comms } = createStorage(o.db, o.runBatch);
  const delivery = o.delivery ? { ...o.delivery, store: deliveryStore(o.db, o.runBatch) } : null;
  const idempotency = idempotencyStore(o.db);
  const drills = { captures: drillCaptureStore(o.db, o.runBatch), clock: o.clock, newId };
  /** The configured notifier, the internal channels, then the delivery outbox; a drill's capture both. */
  const chain = (drill?: string) => {
    const notifiers = [o.notifier ?? logNotifier];
    if (o.internalAlerts)
      notifiers.push(
        internalAlertNotifier({
          ...o.internalAlerts,
          senders: drill ? capturingInternalSenders(drills, drill) : o.internalAlerts.senders,
          ledger: idempotencyLedger(idempotency),
          consoleUrl: `${o.page.url}/console`,
          clock: o.clock,
        }),
      );
    if (delivery)
      notifiers.push(
        drill
          ? capturingDeliveryNotifier(delivery.store, store, captureSink(drills, drill))
          : deliveryNotifier(delivery.store, o.clock),
      );
    return notifiers.length === 1 ? notifiers[0]! : notifyAll(notifiers);
  };
  return {
    store,
    comms,
    notifier: drillAwareNotifier(store, chain(), chain),
    drills,
    delivery,
    idempotency,
    clock: o.clock,
    newId,
    page: o.page,
    adminTokenHash: o.adminTokenHash,
    helpdesk: {
      store: helpdeskStore(o.db, o.runBatch),
      desk: o.desk ?? (o.helpdesk?.connector ? createZendeskConnector(o.helpdesk.connector) : null),
      webhookSecret: o.helpdesk?.webhookSecret ?? null,
      liaisonEmail: o.helpdesk?.liaisonEmail ?? null,
      settings: o.helpdesk?.settings ?? defaultDeskSettings,
    },
    kick: o.kick ?? (() => {}),
    crm: { store: createCrmStore(o.db, o.runBatch), connectors: o.crmConnectors ?? [], syncIntervalMs: 15 * 60_000 },
    monitoring: { store: alertStore(o.db, o.runBatch), sources: createMonitoringSources(o.monitoring ?? {}) },
  };
}
