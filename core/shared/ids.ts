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
} as const;
export type IdKind = keyof typeof idPrefixes;

/** A random, prefixed id from Web Crypto, e.g. `inc_3k9x…` (16 chars of base36, ~82 bits). */
export function newId(kind: IdKind): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = "";
  for (const b of bytes) out += alphabet[b % 36];
  return `${idPrefixes[kind]}_${out}`;
}

export type IdGenerator = (kind: IdKind) => string;
