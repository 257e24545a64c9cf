import { and, eq, lt } from "drizzle-orm";
import type { Database } from "./database";
import { idempotencyKeys } from "./schema";

export type Claim =
  | { state: "new" }
  | { state: "done"; requestHash: string; status: number; body: string }
  | { state: "pending"; requestHash: string };

/** Remembers the first result of each POST that carried an Idempotency-Key, per token. */
export interface IdempotencyStore {
  /** Claims a key atomically; a second claim sees the first one's state. */
  claim(scope: string, key: string, requestHash: string, at: Date): Promise<Claim>;
  complete(scope: string, key: string, status: number, body: string): Promise<void>;
  /** Forgets a claim whose request failed, so the client may retry it. */
  release(scope: string, key: string): Promise<void>;
  purgeBefore(at: Date): Promise<void>;
}

export function idempotencyStore(db: Database): IdempotencyStore {
  const match = (scope: string, key: string) => and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  return {
    async claim(scope, key, requestHash, at) {
      const inserted = await db
        .insert(idempotencyKeys)
        .values({ scope, key, requestHash, createdAt: at })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length) return { state: "new" };
      const [row] = await db.select().from(idempotencyKeys).where(match(scope, key));
      if (!row) return { state: "new" };
      return row.status === null || row.body === null
        ? { state: "pending", requestHash: row.requestHash }
        : { state: "done", requestHash: row.requestHash, status: row.status, body: row.body };
    },
    async complete(scope, key, status, body) {
      await db.update(idempotencyKeys).set({ status, body }).where(match(scope, key));
    },
    async release(scope, key) {
      await db.delete(idempotencyKeys).where(match(scope, key));
    },
    async purgeBefore(at) {
      await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, at));
    },
  };
}
