import { describe, expect, it } from "vitest";
import { outreachCsv } from "./csv";
import type { Account, OutreachEntry } from "./model";
import { mergeOutreach, outreachProgress } from "./outreach";

const account = (name: string, arr = 1): Account => ({
  id: `hubspot:${name}`,
  source: "hubspot",
  externalId: name,
  name,
  tier: "enterprise",
  arr,
  regions: ["EU"],
  products: [],
  segments: [],
  owner: { id: "1", name: "Chloé Martin", email: "chloe@x.example", phone: null },
  contacts: [{ id: "c", name: "Lena", email: null, phone: "+49 89 5550 1111", role: "CTO", primary: false }],
  modifiedAt: new Date(0),
});

describe("outreach list merge", () => {
  it("keeps recorded call states across a scope change, drops untouched leavers and keeps called ones out of scope", () => {
    const first = mergeOutreach("inc_1", [account("a"), account("b"), account("c")], []);
    const called: OutreachEntry[] = first.map((e) =>
      e.accountName === "a"
        ? { ...e, state: "reached", stateBy: "Sam", stateAt: new Date(5), note: "CFO informed" }
        : e.accountName === "c"
          ? { ...e, state: "voicemail", stateBy: "Sam", stateAt: new Date(6) }
          : e,
    );
    const second = mergeOutreach("inc_1", [account("d", 9), account("a")], called);
    expect(second.map((e) => [e.accountName, e.state, e.inScope, e.position])).toEqual([
      ["d", "pending", true, 0],
      ["a", "reached", true, 1],
      ["c", "voicemail", false, 2],
    ]);
    expect(second[1]).toMatchObject({ stateBy: "Sam", note: "CFO informed" });
    expect(outreachProgress(second)).toEqual({
      total: 2,
      open: 1,
      byState: { pending: 1, called: 0, reached: 1, voicemail: 0, declined: 0, done: 0 },
    });
    expect(first[0].contact?.phone).toBe("+49 89 5550 1111");
  });
});

describe("outreach CSV", () => {
  it("quotes per RFC 4180, keeps phone numbers and defuses formulas", () => {
    const [entry] = mergeOutreach("inc_1", [{ ...account('=HYPERLINK("x")'), name: '=HYPERLINK("x")' }], []);
    const csv = outreachCsv([{ ...entry, note: 'said "call back", later' }]);
    const [header, row] = csv.trimEnd().split("\r\n");
    expect(header).toBe(
      "position,account,source,tier,arr,csm,csm_email,csm_phone,contact,contact_phone,state,state_by,state_at,note,in_scope",
    );
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain(",+49 89 5550 1111,");
    expect(row).toContain(`"said ""call back"", later"`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
