import { createHash } from "node:crypto";
import { constantTimeEqual } from "#core/shared/compare";
import { hmacSha256 } from "../shared/hmac";
import type { VerifyVerdict } from "./source";

/**
 * Hex HMAC-SHA256 through connectors/shared (node:crypto, synchronous; Workers provide it under
 * nodejs_compat). Web Crypto's async round trip cost more than the rest of an alert's intake on
 * Node, so tests compute their vectors with Web Crypto instead, independently of this code.
 */
export const hmacSha256Hex = (secret: string, message: string) => hmacSha256(secret, message, "hex");

/** Hex SHA-256 of a body, for delivery keys of vendors that send no delivery id. */
export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** True when one of `signatures` (hex, any case) is the HMAC of `message` under one of `secrets`. */
export function matchesAnySecret(secrets: readonly string[], message: string, signatures: readonly string[]): boolean {
  const wanted = signatures.map((s) => s.trim().toLowerCase());
  return secrets.some((secret) => {
    const expected = hmacSha256Hex(secret, message);
    return wanted.some((s) => constantTimeEqual(expected, s));
  });
}

export { constantTimeEqual };

export interface TimestampedSignature {
  secret: string;
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: string;
  now: Date;
  toleranceSeconds?: number;
}

/** A hex HMAC over `signed` with a Unix-seconds timestamp header that must be within the tolerance (5 min). */
export function verifyTimestampedHmac(o: TimestampedSignature, signed: string): VerifyVerdict {
  if (!o.signature || !o.timestamp) return { ok: false, reason: "missing" };
  const sent = Number(o.timestamp);
  if (!Number.isFinite(sent) || Math.abs(o.now.getTime() / 1000 - sent) > (o.toleranceSeconds ?? 300))
    return { ok: false, reason: "stale" };
  return matchesAnySecret([o.secret], signed, [o.signature]) ? { ok: true } : { ok: false, reason: "forged" };
}
