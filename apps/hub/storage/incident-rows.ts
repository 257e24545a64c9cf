import { desc, inArray, sql } from "drizzle-orm";
import type { ComponentStatus } from "#core/components/model";
import type { Incident, IncidentCategory, IncidentPhase, Severity, Update, UpdateKind } from "#core/incidents/model";
import { chunks, type Database } from "./database";
import { incidentComponents, type incidents, incidentUpdates } from "./schema";

type IncidentRow = typeof incidents.$inferSelect;

/** Loads updates and affected components for incident rows: two queries per 90 incidents. */
export async function hydrateIncidents(db: Database, rows: IncidentRow[]): Promise<Incident[]> {
  if (!rows.length) return [];
  const updates = new Map<string, Update[]>();
  const affected = new Map<string, Incident["components"]>();
  for (const ids of chunks(rows.map((r) => r.id))) {
    const [updateRows, componentRows] = await Promise.all([
      db
        .select()
        .from(incidentUpdates)
        .where(inArray(incidentUpdates.incidentId, ids))
        .orderBy(desc(incidentUpdates.createdAt), desc(sql`rowid`)),
      db.select().from(incidentComponents).where(inArray(incidentComponents.incidentId, ids)),
    ]);
    for (const u of updateRows) {
      const list = updates.get(u.incidentId) ?? [];
      list.push({
        ...u,
        phase: u.phase as IncidentPhase,
        kind: u.kind as UpdateKind,
        componentChanges: u.componentChanges as Update["componentChanges"],
      });
      updates.set(u.incidentId, list);
    }
    for (const c of componentRows) {
      const list = affected.get(c.incidentId) ?? [];
      list.push({ componentId: c.componentId, status: c.status as ComponentStatus });
      affected.set(c.incidentId, list);
    }
  }
  return rows.map((r) => ({
    ...r,
    severity: r.severity as Severity,
    phase: r.phase as IncidentPhase,
    category: r.category as IncidentCategory,
    components: affected.get(r.id) ?? [],
    updates: updates.get(r.id) ?? [],
  }));
}

export function incidentRow(i: Incident): IncidentRow {
  const { components: _c, updates: _u, ...row } = i;
  return { ...row, drill: i.drill ?? false };
}
