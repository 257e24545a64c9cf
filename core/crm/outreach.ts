import type { Severity } from "../incidents/model";
import { type Account, type OutreachEntry, primaryContact, type Tier, tierRank } from "./model";

/**
 * The lowest tier phoned per severity. The policy document has no outreach field yet, so this
 * default lives here: strategic and enterprise accounts on P1 and P2, nobody on P3 and P4.
 */
export const defaultOutreachTier: Record<Severity, Tier | null> = {
  P1: "enterprise",
  P2: "enterprise",
  P3: null,
  P4: null,
};

/** Splits affected accounts into the phone list (at or above the tier) and the broadcast audience. */
export function splitAudience(affected: readonly Account[], minTier: Tier | null) {
  const call = minTier ? affected.filter((a) => tierRank(a.tier) <= tierRank(minTier)) : [];
  const ids = new Set(call.map((a) => a.id));
  return { call: orderForOutreach(call), broadcast: affected.filter((a) => !ids.has(a.id)) };
}

/** Tier first (strategic before enterprise), then ARR, highest first; name breaks ties. */
export function orderForOutreach(accounts: readonly Account[]): Account[] {
  return [...accounts].sort(
    (a, b) => tierRank(a.tier) - tierRank(b.tier) || b.arr - a.arr || a.name.localeCompare(b.name),
  );
}

/**
 * Rebuilds an incident's outreach list for its current scope, keeping every call state already
 * recorded. Accounts that left the scope stay (inScope false) when a call was recorded, so nobody
 * loses the history; untouched ones are dropped. Pure.
 */
export function mergeOutreach(
  incidentId: string,
  ordered: readonly Account[],
  existing: readonly OutreachEntry[],
): OutreachEntry[] {
  const byAccount = new Map(existing.map((e) => [e.accountId, e]));
  const out: OutreachEntry[] = ordered.map((a, position) => {
    const prev = byAccount.get(a.id);
    return {
      incidentId,
      accountId: a.id,
      accountName: a.name,
      source: a.source,
      tier: a.tier,
      arr: a.arr,
      csm: a.owner,
      contact: primaryContact(a),
      position,
      inScope: true,
      state: prev?.state ?? "pending",
      stateBy: prev?.stateBy ?? null,
      stateAt: prev?.stateAt ?? null,
      note: prev?.note ?? null,
    };
  });
  const kept = new Set(ordered.map((a) => a.id));
  for (const e of existing) {
    if (!kept.has(e.accountId) && e.state !== "pending") out.push({ ...e, inScope: false, position: out.length });
  }
  return out;
}

/** How far the calls have got: one count per state, plus totals for entries still in scope. */
export function outreachProgress(entries: readonly OutreachEntry[]) {
  const live = entries.filter((e) => e.inScope);
  const byState: Record<string, number> = { pending: 0, called: 0, reached: 0, voicemail: 0, declined: 0, done: 0 };
  for (const e of live) byState[e.state]++;
  return { total: live.length, open: byState.pending + byState.called + byState.voicemail, byState };
}
