import { matchesAnySecret } from "../crypto";
import type { VerifyVerdict } from "../source";

/**
 * Sentry integration webhooks: `Sentry-Hook-Signature` is the hex HMAC-SHA256 of the body with the
 * integration's client secret. `Sentry-Hook-Timestamp` (Unix seconds) is not signed; Liaison still
 * refuses one more than 5 minutes off, and redeliveries are caught by the delivery key either way.
 */
export async function verifySentrySignature(o: {
  secret: string;
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: string;
  now: Date;
  toleranceSeconds?: number;
}): Promise<VerifyVerdict> {
  if (!o.signature || !o.timestamp) return { ok: false, reason: "missing" };
  const sent = Number(o.timestamp);
  if (!Number.isFinite(sent) || Math.abs(o.now.getTime() / 1000 - sent) > (o.toleranceSeconds ?? 300))
    return { ok: false, reason: "stale" };
  return matchesAnySecret([o.secret], o.rawBody, [o.signature]) ? { ok: true } : { ok: false, reason: "forged" };
}
