import { constantTimeEqual } from "#core/shared/compare";
import { hmacSha256 } from "../shared/hmac";

/**
 * HubSpot webhook v3 signatures: `X-HubSpot-Signature-v3` is base64(HMAC-SHA256(app secret,
 * method + full URI + raw body + timestamp)), and `X-HubSpot-Request-Timestamp` (epoch ms) must be
 * within five minutes.
 */
export type HubSpotSignatureVerdict = { ok: true } | { ok: false; reason: "missing" | "stale" | "forged" };

/** Signs a request as HubSpot would; tests use it to build valid deliveries. */
export async function signHubSpotV3(
  secret: string,
  method: string,
  uri: string,
  rawBody: string,
  timestamp: string,
): Promise<string> {
  return hmacSha256(secret, method.toUpperCase() + uri + rawBody + timestamp, "base64");
}

export async function verifyHubSpotV3(o: {
  secret: string;
  method: string;
  uri: string;
  rawBody: string;
  signature: string | undefined;
  timestamp: string | undefined;
  now: Date;
}): Promise<HubSpotSignatureVerdict> {
  if (!o.signature || !o.timestamp) return { ok: false, reason: "missing" };
  const sent = Number(o.timestamp);
  if (!Number.isFinite(sent) || Math.abs(o.now.getTime() - sent) > 5 * 60_000) return { ok: false, reason: "stale" };
  const expected = await signHubSpotV3(o.secret, o.method, o.uri, o.rawBody, o.timestamp);
  return constantTimeEqual(expected, o.signature) ? { ok: true } : { ok: false, reason: "forged" };
}
