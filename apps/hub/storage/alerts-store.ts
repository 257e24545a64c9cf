import { and, desc, eq, gte, inArray, isNull, lt, or } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Candidate, CandidateStatus, StoredSignal } from "#core/alerts/model";
import type { Severity } from "#core/incidents/model";
import type { AlertStore } from "#core/ports/alerts";
import { alertCandidates, alertDeliveries, alertSignals } from "./alerts-schema";
import { reminders } from "./comms-schema";
import { chunks, type Database, type RunBatch } from "./database";
import { eventRow } from "./event-store";
import { events } from "./schema";

const toCandidate = (r: typeof alertCandidates.$inferSelect): Candidate => ({
  ...r,
  status: r.status as CandidateStatus,
  suggestedSeverity: r.suggestedSeverity as Severity,
});
const toSignal = (r: typeof alertSignals.$inferSelect): StoredSignal => ({
  ...r,
  source: r.source as StoredSignal["source"],
  status: r.status as StoredSignal["status"],
});

/** The drizzle AlertStore, the same on better-sqlite3 and D1. */
export function alertStore(db: Database, runBatch: RunBatch): AlertStore {
  const candidateUpsert = (c: Candidate) =>
    db.insert(alertCandidates).values(c).onConflictDoUpdate({ target: alertCandidates.id, set: c });
  const signalUpsert = (s: StoredSignal) =>
    db.insert(alertSignals).values(s).onConflictDoUpdate({ target: alertSignals.key, set: s });
  const hasDelivery = async (key: string) =>
    (await db.select({ key: alertDeliveries.key }).from(alertDeliveries).where(eq(alertDeliveries.key, key))).length >
    0;
  const inSlices = async <R>(ids: readonly string[], read: (slice: string[]) => Promise<R[]>) => {
    const out: R[] = [];
    for (const slice of chunks(ids)) out.push(...(await read(slice)));
    return out;
  };

  return {
    async purgeDeliveries(before, limit) {
      const old = db
        .select({ key: alertDeliveries.key })
        .from(alertDeliveries)
        .where(lt(alertDeliveries.receivedAt, before))
        .limit(limit);
      const gone = await db
        .delete(alertDeliveries)
        .where(inArray(alertDeliveries.key, old))
        .returning({ key: alertDeliveries.key });
      return gone.length;
    },
    hasDelivery,
    getSignals: (keys) =>
      inSlices(keys, async (s) =>
        (await db.select().from(alertSignals).where(inArray(alertSignals.key, s))).map(toSignal),
      ),
    signalsOf: (ids) =>
      inSlices(ids, async (s) =>
        (await db.select().from(alertSignals).where(inArray(alertSignals.candidateId, s))).map(toSignal),
      ),
    getCandidates: (ids) =>
      inSlices(ids, async (s) =>
        (await db.select().from(alertCandidates).where(inArray(alertCandidates.id, s))).map(toCandidate),
      ),
    async activeCandidates(since) {
      const rows = await db
        .select()
        .from(alertCandidates)
        .where(
          or(
            and(eq(alertCandidates.status, "open"), gte(alertCandidates.lastSignalAt, since)),
            and(
              eq(alertCandidates.status, "confirmed"),
              or(gte(alertCandidates.lastSignalAt, since), isNull(alertCandidates.allResolvedAt)),
            ),
          ),
        )
        .orderBy(desc(alertCandidates.lastSignalAt))
        .limit(100);
      return rows.map(toCandidate);
    },
    async listCandidates(f) {
      const rows = await db
        .select()
        .from(alertCandidates)
        .where(f.status ? eq(alertCandidates.status, f.status) : undefined)
        .orderBy(desc(alertCandidates.createdAt))
        .limit(f.limit);
      return rows.map(toCandidate);
    },
    async findByIncident(incidentId) {
      const [row] = await db.select().from(alertCandidates).where(eq(alertCandidates.incidentId, incidentId)).limit(1);
      return row ? toCandidate(row) : null;
    },
    async saveIntake(w) {
      // A plain insert of the delivery key: a concurrent redelivery fails the whole batch instead of applying twice.
      const statements: BatchItem<"sqlite">[] = [
        db.insert(alertDeliveries).values(w.delivery),
        ...w.signals.map(signalUpsert),
        ...w.candidates.map(candidateUpsert),
        ...w.reminders.map((r) => db.insert(reminders).values(r).onConflictDoNothing()),
        ...w.events.map((e) => db.insert(events).values(eventRow(e)).onConflictDoNothing()),
      ];
      try {
        await runBatch(statements);
        return true;
      } catch (e) {
        if (await hasDelivery(w.delivery.key)) return false;
        throw e;
      }
    },
    async saveCandidate(candidate, evs) {
      await runBatch([candidateUpsert(candidate), ...evs.map((e) => db.insert(events).values(eventRow(e)))]);
    },
  };
}
