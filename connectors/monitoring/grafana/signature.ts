import { type TimestampedSignature, verifyTimestampedHmac } from "../crypto";
import type { VerifyVerdict } from "../source";

export const grafanaSignatureHeader = "x-grafana-alerting-signature";
export const grafanaTimestampHeader = "x-grafana-alerting-timestamp";

/**
 * Grafana's webhook HMAC: hex HMAC-SHA256 of `timestamp + ":" + body` with the contact point's
 * secret, the Unix timestamp in its own header. Liaison requires the timestamp header so that
 * an old request cannot be replayed.
 */
export async function verifyGrafanaSignature(o: TimestampedSignature): Promise<VerifyVerdict> {
  return verifyTimestampedHmac(o, `${o.timestamp}:${o.rawBody}`);
}
