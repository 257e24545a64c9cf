import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Zendesk webhook signatures: `X-Zendesk-Webhook-Signature` is base64(HMAC-SHA256(secret,
 * timestamp + raw body)) and `X-Zendesk-Webhook-Signature-Timestamp` must be recent. node:crypto's
 * synchronous HMAC (Workers provide it under nodejs_compat) costs a fraction of an async Web Crypto
 * round trip, and intake is on the hot path of a ticket storm.
 */
export type SignatureVerdict = { ok: true } | { ok: false; reason: "missing" | "stale" | "forged" };

const hmacBase64 = (secret: string, message: string) => createHmac("sha256", secret).update(message).digest("base64");

/** Signs a body as Zendesk would; used by tests and the intake benchmark. */
export const signZendeskWebhook = async (secret: string, timestamp: string, rawBody: string) => hmacBase64(secret, timestamp + rawBody);

export async function verifyZendeskSignature(o: {
  secret: string; signature: string | undefined; timestamp: string | undefined; rawBody: string; now: Date; toleranceSeconds?: number;
}): Promise<SignatureVerdict> {
  if (!o.signature || !o.timestamp) return { ok: false, reason: "missing" };
  const sent = Date.parse(o.timestamp);
  const tolerance = (o.toleranceSeconds ?? 300) * 1000;
  if (Number.isNaN(sent) || Math.abs(o.now.getTime() - sent) > tolerance) return { ok: false, reason: "stale" };
  const expected = Buffer.from(hmacBase64(o.secret, o.timestamp + o.rawBody));
  const given = Buffer.from(o.signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: "forged" };
}
