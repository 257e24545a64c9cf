import { z } from "zod";
import type { Clock } from "#core/shared/clock";
import { createServices, type Services } from "../services";
import type { Database, RunBatch } from "../storage/database";
import { CrmEnv, crmConnectorsFromEnv } from "./crm";
import { DeliveryEnv, deliveryOptions } from "./delivery";
import { demoEnv } from "./demo";
import type { RawEnv } from "./env";
import { parseHelpdeskConfig, ZendeskEnv } from "./helpdesk";
import { InternalAlertEnv, internalAlertOptions } from "./internal-alerts";
import { MonitoringEnv, parseMonitoringConfig } from "./monitoring";
import { adminTokenHash, PageEnv, pageConfig } from "./page";

/** Every setting the hub reads, part by part; each part parses only its own (see docs/configuration.md). */
export const HubEnv = z.object({
  ...PageEnv.shape,
  ...ZendeskEnv.shape,
  ...CrmEnv.shape,
  ...DeliveryEnv.shape,
  ...InternalAlertEnv.shape,
  ...MonitoringEnv.shape,
});

/** What only the runtime entry knows: its database, clock, address and how it runs queued work. */
export interface Runtime {
  db: Database;
  runBatch: RunBatch;
  clock: Clock;
  /** Where links point when LIAISON_PUBLIC_URL is not set. */
  fallbackUrl: string;
  kick: Services["kick"];
}

/** The one place both entries (node.ts, worker.ts) turn settings into services. */
export async function wireServices(rawEnv: RawEnv, runtime: Runtime): Promise<Services> {
  const env = demoEnv(rawEnv);
  const delivery = deliveryOptions(env);
  return createServices({
    db: runtime.db,
    runBatch: runtime.runBatch,
    clock: runtime.clock,
    kick: runtime.kick,
    page: pageConfig(env, runtime.fallbackUrl),
    adminTokenHash: await adminTokenHash(env),
    helpdesk: parseHelpdeskConfig(env),
    crmConnectors: crmConnectorsFromEnv(env),
    delivery,
    internalAlerts: internalAlertOptions(env, delivery?.senders.email),
    monitoring: parseMonitoringConfig(env),
  });
}
