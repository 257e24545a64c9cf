import type { OutreachEntry } from "./model";

const header = [
  "position",
  "account",
  "source",
  "tier",
  "arr",
  "csm",
  "csm_email",
  "csm_phone",
  "contact",
  "contact_phone",
  "state",
  "state_by",
  "state_at",
  "note",
  "in_scope",
];

/** Quotes a cell per RFC 4180 and defuses spreadsheet formulas (=, +, -, @ at the start), sparing phone numbers. */
function cell(v: unknown): string {
  let s = v === null || v === undefined ? "" : String(v);
  const isNumberLike = /^[+-]?[\d\s().-]+$/.test(s);
  if (/^[=+\-@\t\r]/.test(s) && !isNumberLike) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The outreach list as CSV (header row, CRLF line ends), for a spreadsheet or a dialer. Pure. */
export function outreachCsv(entries: readonly OutreachEntry[]): string {
  const rows = entries.map((e) => [
    e.position + 1,
    e.accountName,
    e.source,
    e.tier,
    e.arr,
    e.csm?.name,
    e.csm?.email,
    e.csm?.phone,
    e.contact?.name,
    e.contact?.phone,
    e.state,
    e.stateBy,
    e.stateAt?.toISOString(),
    e.note,
    e.inScope,
  ]);
  return `${[header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
