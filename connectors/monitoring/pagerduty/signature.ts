import { matchesAnySecret } from "../crypto";
import type { VerifyVerdict } from "../source";

/**
 * PagerDuty v3 webhook signatures: `X-PagerDuty-Signature` lists one or more `v1=<hex>` entries,
 * comma-separated (several while a secret is being rotated), each a hex HMAC-SHA256 of the raw body.
 * One match with one of our secrets is enough.
 */
export async function verifyPagerDutySignature(o: {
  secrets: readonly string[];
  header: string | undefined;
  rawBody: string;
}): Promise<VerifyVerdict> {
  const signatures = (o.header ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.startsWith("v1="))
    .map((s) => s.slice(3));
  if (!signatures.length) return { ok: false, reason: "missing" };
  return matchesAnySecret(o.secrets, o.rawBody, signatures) ? { ok: true } : { ok: false, reason: "forged" };
}
