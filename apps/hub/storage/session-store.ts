import { and, eq, isNull } from "drizzle-orm";
import type { Store } from "#core/ports/store";
import type { Database } from "./database";
import { consoleSessions } from "./schema";

type SessionStore = Pick<Store, "insertSession" | "findSession" | "revokeSession">;

/** Console sessions, one row each, keyed by the hash of the cookie secret. */
export function sessionStore(db: Database): SessionStore {
  return {
    async insertSession(session) {
      await db.insert(consoleSessions).values(session);
    },
    async findSession(hash) {
      const [row] = await db.select().from(consoleSessions).where(eq(consoleSessions.hash, hash));
      return row ?? null;
    },
    async revokeSession(hash, at) {
      await db
        .update(consoleSessions)
        .set({ revokedAt: at })
        .where(and(eq(consoleSessions.hash, hash), isNull(consoleSessions.revokedAt)));
    },
  };
}
