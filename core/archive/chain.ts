import { sha256Hex } from "../shared/encoding";

/** One archived external message. `hash` covers every other field and the previous row's hash. */
export interface ArchiveEntry {
  seq: number;
  id: string;
  at: Date;
  incidentId: string | null;
  kind: string;
  channel: string;
  locale: string;
  audience: string;
  text: string;
  approvals: { role: string; by: string; at: string; override: boolean }[];
  policyVersion: number;
  prevHash: string;
  hash: string;
}

export type ArchiveContent = Omit<ArchiveEntry, "seq" | "prevHash" | "hash">;
export const genesisHash = "0".repeat(64);

function canonical(e: Omit<ArchiveEntry, "hash">): string {
  return JSON.stringify([
    e.seq,
    e.id,
    e.at.toISOString(),
    e.incidentId,
    e.kind,
    e.channel,
    e.locale,
    e.audience,
    e.text,
    e.approvals,
    e.policyVersion,
    e.prevHash,
  ]);
}

/** Links a new entry onto the chain after `previous` (or the genesis hash for the first entry). */
export async function chainEntry(
  content: ArchiveContent,
  previous: Pick<ArchiveEntry, "seq" | "hash"> | null,
): Promise<ArchiveEntry> {
  const base = { ...content, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? genesisHash };
  return { ...base, hash: await sha256Hex(canonical(base)) };
}

export type ChainProblem =
  | { seq: number; problem: "modified" }
  | { seq: number; problem: "removed_before" }
  | { seq: number; problem: "broken_link" };

/**
 * Walks the chain in stored order. A changed field breaks that row's hash; a deleted row leaves a
 * gap in `seq`; swapped or re-hashed rows break the link to the previous hash (broken_link).
 */
export async function verifyChain(
  entries: readonly ArchiveEntry[],
): Promise<{ ok: boolean; checked: number; problems: ChainProblem[] }> {
  const problems: ChainProblem[] = [];
  let previous: ArchiveEntry | null = null;
  for (const e of entries) {
    const { hash, ...rest } = e;
    if ((await sha256Hex(canonical(rest))) !== hash) problems.push({ seq: e.seq, problem: "modified" });
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (e.seq > expectedSeq) problems.push({ seq: e.seq, problem: "removed_before" });
    else if (e.seq < expectedSeq || e.prevHash !== (previous?.hash ?? genesisHash))
      problems.push({ seq: e.seq, problem: "broken_link" });
    previous = e;
  }
  return { ok: problems.length === 0, checked: entries.length, problems };
}
