import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Account, CrmSource, OutreachEntry } from "#core/crm/model";
import type { AlertRecord, CrmStore, SyncRun } from "#core/crm/store";
import { crmAccounts, crmAlerts, crmOutreach, crmSyncRuns } from "./crm-schema";
import type { Database, RunBatch } from "./database";

type OutreachRow = typeof crmOutreach.$inferSelect;
const toEntry = (r: OutreachRow) => ({ ...r, csm: r.csm ?? null, contact: r.contact ?? null }) as OutreachEntry;
const toAccount = ({ syncedAt: _, ...r }: typeof crmAccounts.$inferSelect) =>
  ({ ...r, owner: r.owner ?? null }) as Account;

/** The CrmStore on drizzle (SQLite and D1 alike); multi-row writes go through one RunBatch. */
export function createCrmStore(db: Database, runBatch: RunBatch): CrmStore {
  return {
    async upsertAccounts(accounts, at) {
      if (!accounts.length) return;
      await runBatch(
        accounts.map((a) => {
          const row = { ...a, syncedAt: at };
          return db.insert(crmAccounts).values(row).onConflictDoUpdate({ target: crmAccounts.id, set: row });
        }),
      );
    },
    async listAccounts() {
      return (await db.select().from(crmAccounts)).map(toAccount);
    },
    async findAccount({ externalId, name }) {
      if (externalId) {
        const [row] = await db.select().from(crmAccounts).where(eq(crmAccounts.externalId, externalId)).limit(1);
        if (row) return toAccount(row);
      }
      if (!name) return null;
      const [row] = await db
        .select()
        .from(crmAccounts)
        .where(sql`lower(${crmAccounts.name}) = lower(${name})`)
        .limit(1);
      return row ? toAccount(row) : null;
    },
    async saveSyncRun(run) {
      await db.insert(crmSyncRuns).values(run).onConflictDoUpdate({ target: crmSyncRuns.id, set: run });
    },
    async listSyncRuns(limit) {
      return (await db.select().from(crmSyncRuns).orderBy(desc(crmSyncRuns.startedAt)).limit(limit)) as SyncRun[];
    },
    async lastSuccessfulSync(source: CrmSource) {
      const [row] = await db
        .select({ startedAt: crmSyncRuns.startedAt })
        .from(crmSyncRuns)
        .where(and(eq(crmSyncRuns.source, source), eq(crmSyncRuns.status, "succeeded")))
        .orderBy(desc(crmSyncRuns.startedAt))
        .limit(1);
      return row?.startedAt ?? null;
    },
    async listOutreach(incidentId) {
      return (
        await db
          .select()
          .from(crmOutreach)
          .where(eq(crmOutreach.incidentId, incidentId))
          .orderBy(asc(crmOutreach.position))
      ).map(toEntry);
    },
    async replaceOutreach(incidentId, entries) {
      await runBatch([
        db.delete(crmOutreach).where(eq(crmOutreach.incidentId, incidentId)),
        ...entries.map((e) => db.insert(crmOutreach).values(e)),
      ]);
    },
    async setCallState(incidentId, accountId, c) {
      const [row] = await db
        .update(crmOutreach)
        .set({ state: c.state, stateBy: c.by, stateAt: c.at, note: c.note })
        .where(and(eq(crmOutreach.incidentId, incidentId), eq(crmOutreach.accountId, accountId)))
        .returning();
      return row ? toEntry(row) : null;
    },
    async listAlerts(incidentId) {
      return (await db.select().from(crmAlerts).where(eq(crmAlerts.incidentId, incidentId))) as AlertRecord[];
    },
    async saveAlerts(records) {
      if (records.length)
        await runBatch(
          records.map((r) => db.insert(crmAlerts).values(r).onConflictDoUpdate({ target: crmAlerts.key, set: r })),
        );
    },
  };
}
