import { and, asc, desc, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Maintenance, MaintenanceStatus, MaintenanceUpdate } from "#core/maintenance/model";
import type { MaintenanceFilter, MaintenanceWrite, Store } from "#core/ports/store";
import { archive } from "./comms-schema";
import { chunks, type Database, type RunBatch } from "./database";
import { eventRow } from "./event-store";
import { events, maintenances, maintenanceUpdates } from "./schema";

type Row = typeof maintenances.$inferSelect;

async function hydrate(db: Database, rows: Row[]): Promise<Maintenance[]> {
  const updates = new Map<string, MaintenanceUpdate[]>();
  for (const ids of chunks(rows.map((r) => r.id))) {
    const found = await db
      .select()
      .from(maintenanceUpdates)
      .where(inArray(maintenanceUpdates.maintenanceId, ids))
      .orderBy(desc(maintenanceUpdates.createdAt), desc(sql`rowid`));
    for (const u of found)
      updates.set(u.maintenanceId, [
        ...(updates.get(u.maintenanceId) ?? []),
        { ...u, status: u.status as MaintenanceStatus },
      ]);
  }
  return rows.map((r) => ({ ...r, status: r.status as MaintenanceStatus, updates: updates.get(r.id) ?? [] }));
}

export function maintenanceStore(
  db: Database,
  runBatch: RunBatch,
): Pick<Store, "getMaintenance" | "listMaintenances" | "saveMaintenance"> {
  return {
    async getMaintenance(id) {
      return (await hydrate(db, await db.select().from(maintenances).where(eq(maintenances.id, id))))[0] ?? null;
    },
    async listMaintenances(filter: MaintenanceFilter) {
      const where: SQL[] = [];
      if (filter.statuses) where.push(inArray(maintenances.status, [...filter.statuses]));
      if (filter.endingAfter) where.push(gte(maintenances.scheduledUntil, filter.endingAfter));
      const rows = await db
        .select()
        .from(maintenances)
        .where(and(...where))
        .orderBy(asc(maintenances.scheduledFor), asc(maintenances.id))
        .limit(filter.limit ?? 1000);
      return hydrate(db, rows);
    },
    async saveMaintenance(write: MaintenanceWrite) {
      const { updates: _u, ...row } = write.maintenance;
      const statements: BatchItem<"sqlite">[] = [
        db.insert(maintenances).values(row).onConflictDoUpdate({ target: maintenances.id, set: row }),
      ];
      if (write.newUpdate) statements.push(db.insert(maintenanceUpdates).values(write.newUpdate));
      for (const e of write.events) statements.push(db.insert(events).values(eventRow(e)));
      for (const a of write.archive ?? []) statements.push(db.insert(archive).values(a));
      await runBatch(statements);
    },
  };
}
