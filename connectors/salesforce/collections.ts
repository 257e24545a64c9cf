import type { AlertOutcome } from "#core/ports/crm";
import type { SalesforceClient } from "./client";

/** Per-record failures worth one more try: lock contention and transient server trouble. */
const retryableCodes = new Set(["UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE", "REQUEST_RUNNING_TOO_LONG"]);
export const collectionSize = 200;

/**
 * Saves records through sObject collections, 200 per call, with allOrNone false so one bad
 * record does not sink the rest. Records that failed with a retryable code go once more in a
 * later call; the rest are reported with Salesforce's status code and message.
 */
export async function saveInCollections(
  client: SalesforceClient,
  method: "create" | "update",
  type: string,
  items: { key: string; record: Record<string, unknown> }[],
): Promise<AlertOutcome[]> {
  const outcomes = new Map<string, AlertOutcome>();
  let pending = items;
  for (let round = 0; round < 2 && pending.length; round++) {
    const retry: typeof items = [];
    for (let i = 0; i < pending.length; i += collectionSize) {
      const slice = pending.slice(i, i + collectionSize);
      const results = await client.collection(
        method,
        type,
        slice.map((s) => s.record),
      );
      for (const [j, item] of slice.entries()) {
        const r = results[j];
        const ref = r?.id ?? (item.record.Id as string | undefined);
        if (r?.success && ref) {
          outcomes.set(item.key, { key: item.key, ok: true, ref });
          continue;
        }
        const codes = r?.errors.map((e) => e.statusCode) ?? ["NO_RESULT"];
        const canRetry = codes.every((c) => retryableCodes.has(c));
        if (canRetry && round === 0) retry.push(item);
        outcomes.set(item.key, {
          key: item.key,
          ok: false,
          retry: canRetry,
          error: r?.errors.map((e) => `${e.statusCode}: ${e.message}`).join("; ") || "no result for record",
        });
      }
    }
    pending = retry;
  }
  return items.map((i) => outcomes.get(i.key)!);
}
