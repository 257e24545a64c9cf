import { and, desc, eq, gte, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { IncidentFilter, IncidentWrite, Store } from "#core/ports/store";
import { archive } from "./comms-schema";
import type { Database, RunBatch } from "./database";
import { eventRow } from "./event-store";
import { hydrateIncidents, incidentRow } from "./incident-rows";
import { events, incidentComponents, incidents, incidentUpdates, internalNotes } from "./schema";

type IncidentStore = Pick<Store, "getIncident" | "listIncidents" | "listInternalNotes" | "saveIncident">;

export function incidentStore(db: Database, runBatch: RunBatch): IncidentStore {
  return {
    async getIncident(id) {
      const rows = await db.select().from(incidents).where(eq(incidents.id, id));
      return (await hydrateIncidents(db, rows))[0] ?? null;
    },

    async listIncidents(filter: IncidentFilter) {
      const where: SQL[] = [];
      if (filter.phase === "open") where.push(ne(incidents.phase, "resolved"));
      else if (filter.phase) where.push(eq(incidents.phase, filter.phase));
      if (filter.severity) where.push(eq(incidents.severity, filter.severity));
      if (filter.parentId === null) where.push(isNull(incidents.parentId));
      else if (filter.parentId) where.push(eq(incidents.parentId, filter.parentId));
      if (filter.drill !== "any") where.push(eq(incidents.drill, filter.drill ?? false));
      if (filter.since) where.push(or(isNull(incidents.impactEndAt), gte(incidents.impactEndAt, filter.since))!);
      const rows = await db
        .select()
        .from(incidents)
        .where(and(...where))
        .orderBy(desc(incidents.impactStartAt), desc(incidents.id))
        .limit(filter.limit ?? 1000);
      return hydrateIncidents(db, rows);
    },

    async listInternalNotes(incidentId) {
      return db
        .select()
        .from(internalNotes)
        .where(eq(internalNotes.incidentId, incidentId))
        .orderBy(desc(internalNotes.createdAt), desc(sql`rowid`));
    },

    async saveIncident(write: IncidentWrite) {
      await runBatch(incidentStatements(db, write));
    },
  };
}

/** The statements of one incident write, for this store's batch or a larger one. */
export function incidentStatements(db: Database, write: IncidentWrite): BatchItem<"sqlite">[] {
  const { incident } = write;
  const row = incidentRow(incident);
  const statements: BatchItem<"sqlite">[] = [
    db.insert(incidents).values(row).onConflictDoUpdate({ target: incidents.id, set: row }),
    db.delete(incidentComponents).where(eq(incidentComponents.incidentId, incident.id)),
  ];
  if (incident.components.length) {
    statements.push(
      db.insert(incidentComponents).values(incident.components.map((c) => ({ incidentId: incident.id, ...c }))),
    );
  }
  if (write.newUpdate) statements.push(db.insert(incidentUpdates).values(write.newUpdate));
  if (write.newNote) statements.push(db.insert(internalNotes).values(write.newNote));
  for (const e of write.events) statements.push(db.insert(events).values(eventRow(e)));
  for (const a of write.archive ?? []) statements.push(db.insert(archive).values(a));
  return statements;
}
