import { and, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { DomainEvent, Store } from "#core/ports/store";
import { chunks, type Database, type RunBatch } from "./database";
import { events } from "./schema";

/** Pending events come back in insertion order (SQLite rowid), even within one millisecond. */
export const eventRow = (e: DomainEvent) => ({ ...e, dispatchedAt: null });

export function eventStore(
  db: Database,
  runBatch: RunBatch,
): Pick<Store, "listPendingEvents" | "markEventsDispatched" | "purgeDispatchedEvents"> {
  return {
    async listPendingEvents(limit) {
      const rows = await db.select().from(events).where(isNull(events.dispatchedAt)).orderBy(sql`rowid`).limit(limit);
      return rows.map(({ dispatchedAt: _d, ...e }) => e);
    },
    async markEventsDispatched(ids, at) {
      if (!ids.length) return;
      await runBatch(
        chunks(ids).map((slice) => db.update(events).set({ dispatchedAt: at }).where(inArray(events.id, slice))),
      );
    },
    async purgeDispatchedEvents(before, limit) {
      // Bounded, so one run never holds the database (or a D1 statement) for long.
      const old = db
        .select({ id: events.id })
        .from(events)
        .where(and(isNotNull(events.dispatchedAt), lt(events.dispatchedAt, before)))
        .limit(limit);
      const gone = await db.delete(events).where(inArray(events.id, old)).returning({ id: events.id });
      return gone.length;
    },
  };
}
