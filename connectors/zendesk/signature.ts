import { constantTimeEqual } from "#core/shared/compare";
import { hmacSha256 } from "../shared/hmac";

/**
 * Zendesk webhook signatures: `X-Zendesk-Webhook-Signature` is base64(HMAC-SHA256(secret,
 * timestamp + raw body)) and `X-Zendesk-Webhook-Signature-Timestamp` must be recent.
 */
export type SignatureVerdict = { ok: true } | { ok: false; reason: "missing" | "stale" | "forged" };

const hmacBase64 = (secret: string, message: string) => hmacSha256(secret, message, "base64");

/** Signs a body as Zendesk would; used by tests and the intake benchmark. */
export const signZendeskWebhook = async (secret: string, timestamp: string, rawBody: string) =>
  hmacBase64(secret, timestamp + rawBody);

export async function verifyZendeskSignature(o: {
  secret: string;
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: string;
  now: Date;
  toleranceSeconds?: number;
}): Promise<SignatureVerdict> {
  if (!o.signature || !o.timestamp) return { ok: false, reason: "missing" };
  const sent = Date.parse(o.timestamp);
  const tolerance = (o.toleranceSeconds ?? 300) * 1000;
  if (Number.isNaN(sent) || Math.abs(o.now.getTime() - sent) > tolerance) return { ok: false, reason: "stale" };
  return constantTimeEqual(hmacBase64(o.secret, o.timestamp + o.rawBody), o.signature)
    ? { ok: true }
    : { ok: false, reason: "forged" };
}
