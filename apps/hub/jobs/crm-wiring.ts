import type { CrmStore } from "#core/crm/store";
import type { Crm } from "#core/ports/crm";
import { createCrmStore } from "../storage/crm-store";
import type { Database, RunBatch } from "../storage/database";

/** The CRM side of the hub: the account cache and whichever connectors are configured. */
export interface CrmServices {
  store: CrmStore;
  connectors: Crm[];
  /** How often the scheduler runs a delta sync per CRM. */
  syncIntervalMs: number;
}

export function createCrmServices(
  db: Database,
  runBatch: RunBatch,
  connectors: Crm[] = [],
  syncIntervalMs = 15 * 60_000,
): CrmServices {
  return { store: createCrmStore(db, runBatch), connectors, syncIntervalMs };
}
