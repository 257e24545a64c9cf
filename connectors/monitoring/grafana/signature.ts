import { matchesAnySecret } from "../crypto";
import type { VerifyVerdict } from "../source";

export const grafanaSignatureHeader = "x-grafana-alerting-signature";
export const grafanaTimestampHeader = "x-grafana-alerting-timestamp";

/**
 * Grafana's webhook HMAC: hex HMAC-SHA256 of `timestamp + ":" + body` with the contact point's
 * secret, the Unix timestamp in its own header. Liaison requires the timestamp header so that
 * an old request cannot be replayed.
 */
export async function verifyGrafanaSignature(o: {
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
  return matchesAnySecret([o.secret], `${o.timestamp}:${o.rawBody}`, [o.signature])
    ? { ok: true }
    : { ok: false, reason: "forged" };
}
