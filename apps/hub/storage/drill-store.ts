import { asc, eq, sql } from "drizzle-orm";
import type { Capture, CapturePort, CaptureStore } from "#core/drills/model";
import type { Database, RunBatch } from "./database";
import { drillCaptures } from "./drills-schema";

/** Captured drill sends; a page of captures is one batch. */
export function drillCaptureStore(db: Database, runBatch: RunBatch): CaptureStore {
  return {
    async add(captures) {
      if (!captures.length) return;
      await runBatch(captures.map((c) => db.insert(drillCaptures).values(c)));
    },
    async list(incidentId) {
      const rows = await db
        .select()
        .from(drillCaptures)
        .where(eq(drillCaptures.incidentId, incidentId))
        .orderBy(asc(drillCaptures.capturedAt), asc(sql`rowid`));
      return rows.map((r): Capture => ({ ...r, port: r.port as CapturePort }));
    },
  };
}
