import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { chunks as slices } from "#core/shared/chunks";
import type * as commsSchema from "./comms-schema";
import type * as crmSchema from "./crm-schema";
import type * as deliverySchema from "./delivery-schema";
import type * as helpdeskSchema from "./helpdesk-schema";
import type * as baseSchema from "./schema";

type Schema = typeof baseSchema & typeof commsSchema & typeof helpdeskSchema & typeof crmSchema & typeof deliverySchema;

/** A drizzle database on either driver: better-sqlite3 (sync) or D1 (async). Both are awaited. */
export type Database = BaseSQLiteDatabase<"sync" | "async", unknown, Schema>;

/**
 * Runs statements atomically. The runtime entry provides it: `db.batch` on D1, a synchronous
 * transaction on better-sqlite3. D1 has no interactive transactions, so nothing reads in between.
 */
export type RunBatch = (statements: BatchItem<"sqlite">[]) => Promise<void>;

/** D1 allows at most 100 bound parameters per statement; id lists are read in slices below that. */
export const maxIdsPerQuery = 90;

export const chunks = <T>(items: readonly T[], size = maxIdsPerQuery): T[][] => slices(items, size);
