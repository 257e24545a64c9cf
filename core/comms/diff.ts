/** A line diff between two texts (longest common subsequence), for comparing draft and template versions. */
export type DiffLine = { op: "same" | "added" | "removed"; text: string };

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: "same", text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: "removed", text: a[i++]! });
    else out.push({ op: "added", text: b[j++]! });
  }
  while (i < a.length) out.push({ op: "removed", text: a[i++]! });
  while (j < b.length) out.push({ op: "added", text: b[j++]! });
  return out;
}

/** Every field of two JSON-able values, diffed line by line after pretty-printing. */
export const diffValues = (before: unknown, after: unknown) =>
  diffLines(JSON.stringify(before, null, 2), JSON.stringify(after, null, 2));
