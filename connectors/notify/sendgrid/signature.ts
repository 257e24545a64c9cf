import { createPublicKey, type KeyObject, verify } from "node:crypto";

/**
 * SendGrid's signed Event Webhook: `X-Twilio-Email-Event-Webhook-Signature` is a base64 DER
 * ECDSA P-256/SHA-256 signature over timestamp + raw body; `X-Twilio-Email-Event-Webhook-Timestamp`
 * is unix seconds. The key is the base64 SPKI DER public key shown in SendGrid's settings.
 */
export type EventSignatureVerdict = { ok: true } | { ok: false; reason: "missing" | "stale" | "forged" };

/** Parses the base64 public key once; throws on a malformed key so misconfiguration shows at start. */
export function sendGridWebhookKey(base64Spki: string): KeyObject {
  try {
    return createPublicKey({ key: Buffer.from(base64Spki.trim(), "base64"), format: "der", type: "spki" });
  } catch {
    throw new Error(
      "LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY is not a base64 public key: copy the Verification Key from SendGrid's Event Webhook settings.",
    );
  }
}

export function verifySendGridEventSignature(o: {
  key: KeyObject;
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: string;
  now: Date;
  toleranceSeconds?: number;
}): EventSignatureVerdict {
  if (!o.signature || !o.timestamp) return { ok: false, reason: "missing" };
  const sentSeconds = /^\d+$/.test(o.timestamp) ? Number(o.timestamp) : Number.NaN;
  if (Number.isNaN(sentSeconds) || Math.abs(o.now.getTime() / 1000 - sentSeconds) > (o.toleranceSeconds ?? 300))
    return { ok: false, reason: "stale" };
  try {
    const ok = verify(
      "sha256",
      Buffer.from(o.timestamp + o.rawBody),
      { key: o.key, dsaEncoding: "der" },
      Buffer.from(o.signature, "base64"),
    );
    return ok ? { ok: true } : { ok: false, reason: "forged" };
  } catch {
    return { ok: false, reason: "forged" }; // a signature that is not even valid DER
  }
}
