const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Prefixes make an id's kind visible in logs, URLs and support tickets. */
export const idPrefixes = {
  incident: "inc",
  update: "upd",
  note: "nte",
  component: "cmp",
  group: "grp",
  maintenance: "mnt",
  token: "tok",
  event: "evt",
  request: "req",
  draft: "drf",
  approval: "apr",
  archive: "arc",
  reminder: "rem",
  publication: "pub",
  candidate: "cnd",
  capture: "cap",
} as const;
export type IdKind = keyof typeof idPrefixes;

// Web Crypto bytes drawn 4 kB at a time: one call per id cost a third of a cached public response's time (every
// request gets an id). Filled on first use, as Workers allow no random values outside a request.
const pool = new Uint8Array(4096);
let used = pool.length;

/** A random, prefixed id from Web Crypto, e.g. `inc_3k9x…` (16 chars of base36, ~82 bits). */
export function newId(kind: IdKind): string {
  if (used + 16 > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  let out = "";
  for (let i = used; i < used + 16; i++) out += alphabet[pool[i]! % 36];
  used += 16;
  return `${idPrefixes[kind]}_${out}`;
}

export type IdGenerator = (kind: IdKind) => string;
