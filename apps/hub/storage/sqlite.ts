import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as commsSchema from "./comms-schema";
import type { Database, RunBatch } from "./database";
import * as deliverySchema from "./delivery-schema";
import * as helpdeskSchema from "./helpdesk-schema";
import * as baseSchema from "./schema";

const schema = { ...baseSchema, ...commsSchema, ...helpdeskSchema, ...deliverySchema };

/** Opens (creating if needed) a SQLite file, applies migrations, and returns the drizzle handle. */
export function openSqlite(
  path: string,
  migrationsFolder: string,
): { db: Database; runBatch: RunBatch; close: () => void } {
  const sqlite = new Sqlite(path);
  sqlite.pragma("journal_mode = WAL");
  // WAL with NORMAL syncs at checkpoints, not on every commit: a power cut may lose the last
  // moments of writes but never corrupts the file (SQLite's recommended pairing for WAL).
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle({ client: sqlite, schema });
  migrate(db, { migrationsFolder });
  // Drizzle's sync queries run inside better-sqlite3's own transaction: all or nothing.
  const runAll = sqlite.transaction((statements: { run: () => unknown }[]) => {
    for (const s of statements) s.run();
  });
  const runBatch: RunBatch = async (statements) => {
    runAll(statements as unknown as { run: () => unknown }[]);
  };
  return { db: db as unknown as Database, runBatch, close: () => sqlite.close() };
}
