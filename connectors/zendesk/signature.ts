import { constantTimeEqual } from "../../core/shared/compare";

/**
 * Zendesk webhook signatures: `X-Zendesk-Webhook-Signature` is base64(HMAC-SHA256(secret,
 * timestamp + raw body)) and `X-Zendesk-Webhook-Signature-Timestamp` must be recent. Web Crypto
 * only, so it runs the same on Node and Workers.
 */
export type SignatureVerdict = { ok: true } | { ok: false; reason: "missing" | "stale" | "forged" };

const encoder = new TextEncoder();

const keys = new Map<string, Promise<CryptoKey>>();
/** Importing the key costs more than the HMAC itself; a hub has one or two secrets, so keep them. */
function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    if (keys.size > 8) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

async function hmacBase64(secret: string, message: string): Promise<string> {
  const key = await keyFor(secret);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
  let bin = "";
  for (const b of mac) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Signs a body as Zendesk would; used by tests and the intake benchmark. */
export const signZendeskWebhook = (secret: string, timestamp: string, rawBody: string) => hmacBase64(secret, timestamp + rawBody);

export async function verifyZendeskSignature(o: {
  secret: string; signature: string | undefined; timestamp: string | undefined; rawBody: string; now: Date; toleranceSeconds?: number;
}): Promise<SignatureVerdict> {
  if (!o.signature || !o.timestamp) return { ok: false, reason: "missing" };
  const sent = Date.parse(o.timestamp);
  const tolerance = (o.toleranceSeconds ?? 300) * 1000;
  if (Number.isNaN(sent) || Math.abs(o.now.getTime() - sent) > tolerance) return { ok: false, reason: "stale" };
  const expected = await hmacBase64(o.secret, o.timestamp + o.rawBody);
  return constantTimeEqual(expected, o.signature) ? { ok: true } : { ok: false, reason: "forged" };
}
