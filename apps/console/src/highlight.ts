export interface Finding {
  kind: string;
  blocking: boolean;
  start: number;
  end: number;
  line: number;
  column: number;
  match: string;
  message: string;
  suggestion?: string;
}

export type Segment = { text: string; finding?: Finding };

/** Cuts a text into plain and flagged runs at the findings' offsets; overlapping findings keep the first. */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
