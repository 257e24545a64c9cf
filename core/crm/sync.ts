import type { Crm } from "../ports/crm";
import type { Clock } from "../shared/clock";
import type { CrmStore, SyncRun } from "./store";

const randomId = (prefix: string) =>
  `${prefix}_${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join("")}`;

/**
 * Syncs one CRM into the account cache: a delta from the start of the last successful run, or a
 * full sync when there is none (or when asked). Progress is saved after every page; the run ends
 * `succeeded` or `failed` with the (already redacted) error and the API calls it spent.
 */
export async function runCrmSync(o: {
  crm: Crm;
  store: CrmStore;
  clock: Clock;
  full?: boolean;
  onStart?: (run: SyncRun) => void;
}): Promise<SyncRun> {
  const since = o.full ? null : await o.store.lastSuccessfulSync(o.crm.source);
  const callsBefore = o.crm.usage().apiCalls;
  const run: SyncRun = {
    id: randomId("crmsync"),
    source: o.crm.source,
    kind: since ? "delta" : "full",
    status: "running",
    startedAt: o.clock.now(),
    finishedAt: null,
    accountsSeen: 0,
    apiCalls: 0,
    daily: null,
    error: null,
  };
  await o.store.saveSyncRun(run);
  o.onStart?.(run);
  const usage = () => ({ apiCalls: o.crm.usage().apiCalls - callsBefore, daily: o.crm.usage().daily });
  try {
    await o.crm.syncAccounts(since, async ({ accounts }) => {
      await o.store.upsertAccounts(accounts, o.clock.now());
      run.accountsSeen += accounts.length;
      Object.assign(run, usage());
      await o.store.saveSyncRun(run);
    });
    Object.assign(run, usage(), { status: "succeeded", finishedAt: o.clock.now() });
  } catch (err) {
    Object.assign(run, usage(), {
      status: "failed",
      finishedAt: o.clock.now(),
      error: err instanceof Error ? err.message : "sync failed",
    });
  }
  await o.store.saveSyncRun(run);
  return run;
}

/** Whether a source is due for its scheduled sync: nothing running, and the last run older than the interval. */
export function syncDue(runs: readonly SyncRun[], source: Crm["source"], now: Date, intervalMs: number): boolean {
  const last = runs.find((r) => r.source === source);
  if (!last) return true;
  // A crashed run must not block forever.
  if (last.status === "running") return now.getTime() - last.startedAt.getTime() > 6 * intervalMs;
  return now.getTime() - last.startedAt.getTime() >= intervalMs;
}
