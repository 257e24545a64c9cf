/** Removes every configured secret from a text before it reaches a log or an error body. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join("[redacted]");
  return out.replace(/(Bearer|OAuth)\s+[A-Za-z0-9._!~-]+/g, "$1 [redacted]");
}
