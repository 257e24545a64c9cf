/** Lower case, accents removed, split on anything that is not a letter or digit. */
export function tokens(text: string): string[] {
  // Most tickets are plain ASCII; decomposing accents is only needed when they are not.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text;
  return folded
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Every string one deletion away from `word` (SymSpell's trick for edit distance 1). */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Words shorter than this must match exactly: "log" vs "lag" is not a typo worth guessing. */
export const fuzzyMinLength = 5;

/**
 * Maps ticket words onto the vocabulary it was built from, forgiving one typo (a missing, extra,
 * changed or swapped letter) in words of five letters or more.
 */
export class Vocabulary {
  private readonly exact = new Set<string>();
  private readonly byDeletion = new Map<string, string>();

  add(word: string): void {
    this.exact.add(word);
    if (word.length < fuzzyMinLength) return;
    for (const d of deletions(word)) if (!this.byDeletion.has(d)) this.byDeletion.set(d, word);
  }

  private readonly memo = new Map<string, string | null>();

  /** The vocabulary word a ticket word stands for, or undefined. Answers are remembered: ticket words repeat. */
  canonical(word: string): string | undefined {
    let known = this.memo.get(word);
    if (known === undefined) {
      known = this.lookup(word) ?? null;
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(word, known);
    }
    return known ?? undefined;
  }

  private lookup(word: string): string | undefined {
    if (this.exact.has(word)) return word;
    if (word.length < fuzzyMinLength - 1) return undefined;
    const asDeletion = this.byDeletion.get(word);
    if (asDeletion) return asDeletion;
    for (const d of deletions(word)) {
      if (this.exact.has(d) && d.length >= fuzzyMinLength) return d;
      const viaBoth = this.byDeletion.get(d);
      if (viaBoth) return viaBoth;
    }
    return undefined;
  }
}
