import type { Context } from "hono";
import type { HonoEnv } from "../env";

/**
 * Caches public responses per path, keyed on the store's public revision (one tiny query). Every
 * write that changes public state moves the revision in its own batch, so a cached body is never
 * older than the data it was built from. Also answers If-None-Match with 304.
 */
export function createRevisionCache(maxEntries = 500) {
  const entries = new Map<string, { stamp: string; body: Uint8Array<ArrayBuffer> }>();
  const encoder = new TextEncoder();
  return async (
    c: Context<HonoEnv>,
    o: { key: string; contentType: string; build: () => Promise<string>; vary?: string; maxAge?: number },
  ) => {
    const revision = await c.get("services").store.publicRevision();
    const stamp = `${revision}${o.vary ? `-${o.vary}` : ""}`;
    const etag = `W/"${stamp}"`;
    c.header("ETag", etag);
    c.header("Cache-Control", `public, max-age=${o.maxAge ?? 10}`);
    if (c.req.header("if-none-match") === etag) return c.body(null, 304);
    let hit = entries.get(o.key);
    if (!hit || hit.stamp !== stamp) {
      hit = { stamp, body: encoder.encode(await o.build()) };
      entries.delete(o.key);
      entries.set(o.key, hit);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    }
    return c.body(hit.body, 200, { "Content-Type": o.contentType });
  };
}
export type RevisionCache = ReturnType<typeof createRevisionCache>;
