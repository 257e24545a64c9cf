import { and, asc, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { ArchiveEntry } from "#core/archive/chain";
import { type Approval, type Draft, DraftContent, type DraftStatus, type Reminder } from "#core/comms/model";
import type { CommsStore, DraftWrite } from "#core/ports/comms";
import { approvals, archive, drafts, draftVersions, reminders } from "./comms-schema";
import type { Database, RunBatch } from "./database";
import { eventRow } from "./event-store";
import { incidentStatements } from "./incident-store";
import { events } from "./schema";
import { templateStore } from "./template-store";

const toDraft = (r: typeof drafts.$inferSelect): Draft => ({
  ...r,
  status: r.status as DraftStatus,
  content: DraftContent.parse(r.content),
});
const toArchive = (r: typeof archive.$inferSelect): ArchiveEntry => ({
  ...r,
  approvals: r.approvals as ArchiveEntry["approvals"],
});

function draftStatements(db: Database, w: DraftWrite): BatchItem<"sqlite">[] {
  const s: BatchItem<"sqlite">[] = [
    db.insert(drafts).values(w.draft).onConflictDoUpdate({ target: drafts.id, set: w.draft }),
  ];
  if (w.newVersion) s.push(db.insert(draftVersions).values(w.newVersion));
  for (const a of w.approvals ?? []) s.push(db.insert(approvals).values(a));
  for (const e of w.events) s.push(db.insert(events).values(eventRow(e)));
  return s;
}

/** The drizzle implementation of core's CommsStore on SQLite and D1. */
export function createCommsStore(db: Database, runBatch: RunBatch, publicBatch: RunBatch): CommsStore {
  return {
    ...templateStore(db),
    async getDraft(id) {
      const [row] = await db.select().from(drafts).where(eq(drafts.id, id));
      return row ? toDraft(row) : null;
    },
    async listDrafts(filter) {
      const where: SQL[] = [];
      if (filter.status) where.push(eq(drafts.status, filter.status));
      if (filter.incidentId) where.push(eq(drafts.incidentId, filter.incidentId));
      return (
        await db
          .select()
          .from(drafts)
          .where(and(...where))
          .orderBy(asc(drafts.createdAt))
          .limit(500)
      ).map(toDraft);
    },
    async listDraftVersions(draftId) {
      const rows = await db
        .select()
        .from(draftVersions)
        .where(eq(draftVersions.draftId, draftId))
        .orderBy(asc(draftVersions.version));
      return rows.map((r) => ({ ...r, content: DraftContent.parse(r.content) }));
    },
    async listApprovals(draftId) {
      return (await db
        .select()
        .from(approvals)
        .where(eq(approvals.draftId, draftId))
        .orderBy(asc(approvals.createdAt))) as Approval[];
    },
    async saveDraft(write) {
      await runBatch(draftStatements(db, write));
    },
    async savePublication(write) {
      await publicBatch([
        ...incidentStatements(db, write.incident),
        ...draftStatements(db, write.draft),
        ...write.archive.map((e) => db.insert(archive).values(e)),
      ]);
    },
    async lastArchiveEntry() {
      const [row] = await db.select().from(archive).orderBy(desc(archive.seq)).limit(1);
      return row ? toArchive(row) : null;
    },
    async listArchive(filter) {
      const where: SQL[] = [];
      if (filter.from) where.push(gte(archive.at, filter.from));
      if (filter.to) where.push(lte(archive.at, filter.to));
      if (filter.incidentId) where.push(eq(archive.incidentId, filter.incidentId));
      return (
        await db
          .select()
          .from(archive)
          .where(and(...where))
          .orderBy(asc(archive.seq))
      ).map(toArchive);
    },
    async appendArchive(entries) {
      if (entries.length) await runBatch(entries.map((e) => db.insert(archive).values(e)));
    },
    async insertReminderOnce(reminder) {
      const inserted = await db
        .insert(reminders)
        .values(reminder)
        .onConflictDoNothing()
        .returning({ id: reminders.id });
      return inserted.length > 0;
    },
    async listReminders(filter) {
      const where: SQL[] = [];
      if (filter.incidentId) where.push(eq(reminders.incidentId, filter.incidentId));
      if (filter.since) where.push(gte(reminders.createdAt, filter.since));
      return (
        await db
          .select()
          .from(reminders)
          .where(and(...where))
          .orderBy(asc(reminders.createdAt))
          .limit(500)
      ).map((r) => ({ ...r, kind: r.kind as Reminder["kind"] }));
    },
    async listEvents(subjectId) {
      const rows = await db.select().from(events).where(eq(events.subjectId, subjectId)).orderBy(asc(events.createdAt));
      return rows.map(({ dispatchedAt: _d, ...e }) => e);
    },
    async appendEvents(list) {
      // Ids may be derived from what the event is about; a rerun then adds nothing.
      if (list.length) await runBatch(list.map((e) => db.insert(events).values(eventRow(e)).onConflictDoNothing()));
    },
  };
}
