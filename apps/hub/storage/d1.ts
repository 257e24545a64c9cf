import { drizzle } from "drizzle-orm/d1";
import * as commsSchema from "./comms-schema";
import type { Database, RunBatch } from "./database";
import * as deliverySchema from "./delivery-schema";
import * as helpdeskSchema from "./helpdesk-schema";
import * as baseSchema from "./schema";

const schema = { ...baseSchema, ...commsSchema, ...helpdeskSchema, ...deliverySchema };

/** Wraps a D1 binding. Atomic writes go through `db.batch`, D1's only form of transaction. */
export function openD1(binding: D1Database): { db: Database; runBatch: RunBatch } {
  const db = drizzle(binding, { schema });
  const runBatch: RunBatch = async (statements) => {
    if (!statements.length) return;
    await db.batch(statements as unknown as Parameters<typeof db.batch>[0]);
  };
  return { db: db as unknown as Database, runBatch };
}
