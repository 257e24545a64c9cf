import type { SyncRun } from "#core/crm/store";
import { runCrmSync, syncDue } from "#core/crm/sync";
import type { Services } from "../services";

/** Starts the scheduled (delta) sync of every configured CRM that is due. Runs on both runtimes' scheduler. */
export async function runScheduledCrmSync(services: Services): Promise<SyncRun[]> {
  const crm = services.crm;
  if (!crm?.connectors.length) return [];
  const runs = await crm.store.listSyncRuns(20);
  const now = services.clock.now();
  const done: SyncRun[] = [];
  for (const connector of crm.connectors) {
    if (syncDue(runs, connector.source, now, crm.syncIntervalMs))
      done.push(await runCrmSync({ crm: connector, store: crm.store, clock: services.clock }));
  }
  return done;
}
