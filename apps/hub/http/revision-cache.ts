import type { Context } from "hono";
import type { HonoEnv } from "../env";

/** RFC 9110 §13.1.2: `*` or any listed tag that equals ours under weak comparison (the W/ prefix is ignored). */
export function noneMatch(header: string | undefined, opaqueTag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  for (const item of header.split(",")) {
    const tag = item.trim();
    if ((tag.startsWith("W/") ? tag.slice(2) : tag) === opaqueTag) return true;
  }
  return false;
}

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
    const opaqueTag = `"${stamp}"`;
    c.header("ETag", `W/${opaqueTag}`);
    c.header("Cache-Control", `public, max-age=${o.maxAge ?? 10}`);
    if (noneMatch(c.req.header("if-none-match"), opaqueTag)) return c.body(null, 304);
    let hit = entries.get(o.key);
    if (!hit || hit.stamp !== stamp) {
      hit = { stamp, body: encoder.encode(await o.build()) };
      entries.delete(o.key);
      entries.set(o.key, hit);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    }
    // Stated, not left to the server: a HEAD answer has no body to measure.
    return c.body(hit.body, 200, { "Content-Type": o.contentType, "Content-Length": String(hit.body.byteLength) });
  };
}
export type RevisionCache = ReturnType<typeof createRevisionCache>;
