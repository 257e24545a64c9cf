import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Role } from "#core/auth/roles";
import type { CommsStore } from "#core/ports/comms";
import type { Store } from "#core/ports/store";
import { createCommsStore } from "./comms-store";
import type { Database, RunBatch } from "./database";
import { eventStore } from "./event-store";
import { incidentStore } from "./incident-store";
import { maintenanceStore } from "./maintenance-store";
import { policyStore } from "./policy-store";
import { apiTokens, componentGroups, components, pageRevision } from "./schema";
import { sessionStore } from "./session-store";

/** The drizzle implementations of core's Store and CommsStore ports, the same on better-sqlite3 and D1. */
export function createStorage(db: Database, runBatch: RunBatch): { store: Store; comms: CommsStore } {
  const bumpRevision = () =>
    db
      .insert(pageRevision)
      .values({ id: 1, revision: 1 })
      .onConflictDoUpdate({ target: pageRevision.id, set: { revision: sql`${pageRevision.revision} + 1` } });
  const readRevision = db
    .select({ revision: pageRevision.revision })
    .from(pageRevision)
    .where(eq(pageRevision.id, 1))
    .prepare();
  // Another process's write shows up within this long; this process's own writes show at once.
  const revisionMemoMs = 1000;
  let memo: { revision: number; at: number } | null = null;
  /** Writes that change public state move the revision in the same batch. */
  const publicBatch: RunBatch = async (statements) => {
    memo = null;
    try {
      await runBatch([...statements, bumpRevision()]);
    } finally {
      memo = null;
    }
  };
  const store: Store = {
    ...incidentStore(db, publicBatch),
    ...maintenanceStore(db, publicBatch),
    ...eventStore(db, runBatch),
    ...policyStore(db),
    ...sessionStore(db),

    async publicRevision() {
      if (memo && Date.now() - memo.at < revisionMemoMs) return memo.revision;
      const [row] = await readRevision.all();
      memo = { revision: row?.revision ?? 0, at: Date.now() };
      return memo.revision;
    },

    listComponents: () => db.select().from(components).orderBy(asc(components.position), asc(components.name)),
    listGroups: () =>
      db.select().from(componentGroups).orderBy(asc(componentGroups.position), asc(componentGroups.name)),
    async saveComponent(component, newGroup) {
      const statements: BatchItem<"sqlite">[] = [];
      if (newGroup) statements.push(db.insert(componentGroups).values(newGroup));
      statements.push(
        db.insert(components).values(component).onConflictDoUpdate({ target: components.id, set: component }),
      );
      await publicBatch(statements);
    },

    async insertToken(token) {
      await db.insert(apiTokens).values(token);
    },
    async findTokenByHash(hash) {
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.hash, hash));
      return row ? { ...row, role: row.role as Role, approves: row.approves ?? [] } : null;
    },
    async listTokens() {
      return (await db.select().from(apiTokens).orderBy(asc(apiTokens.createdAt))).map((r) => ({
        ...r,
        role: r.role as Role,
        approves: r.approves ?? [],
      }));
    },
    async revokeToken(id, at) {
      const revoked = await db
        .update(apiTokens)
        .set({ revokedAt: at })
        .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      return revoked.length > 0;
    },
  };
  return { store, comms: createCommsStore(db, runBatch, publicBatch) };
}
