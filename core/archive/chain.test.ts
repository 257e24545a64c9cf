import { describe, expect, it } from "vitest";
import { type ArchiveEntry, chainEntry, verifyChain } from "./chain";

async function chain(n: number): Promise<ArchiveEntry[]> {
  const out: ArchiveEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      await chainEntry(
        {
          id: `arc_${i}`,
          at: new Date(Date.UTC(2026, 10, 20, 10, i)),
          incidentId: "inc_1",
          kind: "investigating",
          channel: "email",
          locale: "en",
          audience: "all",
          text: `Update ${i}`,
          approvals: [],
          policyVersion: 1,
        },
        out.at(-1) ?? null,
      ),
    );
  }
  return out;
}

describe("archive hash chain", () => {
  it("verifies an untouched chain", async () => {
    expect(await verifyChain(await chain(5))).toEqual({ ok: true, checked: 5, problems: [] });
  });

  it("catches a modified row", async () => {
    const rows = await chain(4);
    rows[2] = { ...rows[2]!, text: "We never said that." };
    expect((await verifyChain(rows)).problems).toEqual([{ seq: 3, problem: "modified" }]);
  });

  it("catches a removed row", async () => {
    const rows = await chain(4);
    rows.splice(1, 1);
    expect((await verifyChain(rows)).problems).toEqual([{ seq: 3, problem: "removed_before" }]);
  });

  it("catches reordered rows", async () => {
    const rows = await chain(4);
    [rows[1], rows[2]] = [rows[2]!, rows[1]!];
    const result = await verifyChain(rows);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem)).toContain("broken_link");
  });

  it("catches a row rewritten with a fresh hash, through the next link", async () => {
    const rows = await chain(3);
    const { hash: _h, seq, prevHash, ...content } = rows[1]!;
    const forged = await chainEntry({ ...content, text: "Forged" }, { seq: seq - 1, hash: prevHash });
    rows[1] = forged;
    expect((await verifyChain(rows)).problems).toEqual([{ seq: 3, problem: "broken_link" }]);
  });
});
