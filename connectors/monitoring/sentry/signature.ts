import { type TimestampedSignature, verifyTimestampedHmac } from "../crypto";
import type { VerifyVerdict } from "../source";

/**
 * Sentry integration webhooks: `Sentry-Hook-Signature` is the hex HMAC-SHA256 of the body with the
 * integration's client secret. `Sentry-Hook-Timestamp` (Unix seconds) is not signed; Liaison still
 * refuses one more than 5 minutes off, and redeliveries are caught by the delivery key either way.
 */
export async function verifySentrySignature(o: TimestampedSignature): Promise<VerifyVerdict> {
  return verifyTimestampedHmac(o, o.rawBody);
}
