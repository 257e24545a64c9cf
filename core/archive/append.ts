import type { Ctx } from "../shared/context";
import { type ArchiveEntry, chainEntry } from "./chain";

export interface ArchivedMessage {
  channel: string;
  locale: string;
  subject: string | null;
  text: string;
}

/**
 * Links messages onto the archive's hash chain after its current last entry, ready for the same batch as the change.
 */
export async function archiveEntries(
  ctx: Pick<Ctx, "comms" | "newId" | "clock">,
  messages: ArchivedMessage[],
  meta: Pick<ArchiveEntry, "incidentId" | "kind" | "approvals" | "policyVersion" | "audience">,
): Promise<ArchiveEntry[]> {
  let previous = await ctx.comms.lastArchiveEntry();
  const out: ArchiveEntry[] = [];
  for (const m of messages) {
    const text = m.subject ? `${m.subject}\n\n${m.text}` : m.text;
    const entry = await chainEntry(
      { id: ctx.newId("archive"), at: ctx.clock.now(), channel: m.channel, locale: m.locale, text, ...meta },
      previous,
    );
    out.push(entry);
    previous = entry;
  }
  return out;
}

/** A status page text posted straight through the API (not through a draft), as one archive entry. */
export const statusPageEntry = (ctx: Ctx, o: { subjectId: string; kind: string; text: string; override: boolean }) =>
  archiveEntries(ctx, [{ channel: "status_page", locale: "en", subject: null, text: o.text }], {
    incidentId: o.subjectId,
    kind: o.kind,
    policyVersion: ctx.policy.version,
    audience: JSON.stringify({ internal: false, channel: "status_page" }),
    approvals: o.override
      ? [{ role: "direct", by: ctx.actor.name, at: ctx.clock.now().toISOString(), override: true }]
      : [],
  });

/**
 * Builds archive rows and saves them with the change, rebuilding when another writer took the next
 * sequence number first (the batch fails whole on the clash, so nothing is half-written).
 */
export async function saveWithArchive<T>(
  ctx: Pick<Ctx, "comms">,
  build: () => Promise<ArchiveEntry[]>,
  save: (entries: ArchiveEntry[]) => Promise<T>,
  o: { attempts?: number; stillWanted?: () => Promise<boolean> } = {},
): Promise<T> {
  const attempts = o.attempts ?? 12;
  for (let attempt = 1; ; attempt++) {
    const entries = await build();
    try {
      return await save(entries);
    } catch (e) {
      const last = entries.length ? await ctx.comms.lastArchiveEntry() : null;
      const overtaken = last !== null && last.seq >= entries[0]!.seq && !entries.some((x) => x.id === last.id);
      if (!overtaken || attempt >= attempts || (o.stillWanted && !(await o.stillWanted()))) throw e;
      // A short random pause spreads writers that keep colliding.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    }
  }
}
