import { base64url as b64url, fromBase64url as fromB64url } from "../shared/encoding";
/** Signed, expiring tokens for confirm and unsubscribe links: base64url(payload).base64url(HMAC-SHA256). */
export type TokenPurpose = "confirm" | "unsubscribe" | "preferences";

const enc = new TextEncoder();

// Imported once per secret: a fan-out signs an unsubscribe token for every recipient.
const keys = new Map<string, Promise<CryptoKey>>();
const key = (secret: string) => {
  let k = keys.get(secret);
  if (!k) {
    k = crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, k);
  }
  return k;
};

/** Signs `{ sub, purpose, exp }`. */
export async function signToken(
  secret: string,
  subscriberId: string,
  purpose: TokenPurpose,
  expiresAt: Date,
): Promise<string> {
  const payload = b64url(enc.encode(JSON.stringify({ sub: subscriberId, p: purpose, exp: expiresAt.getTime() })));
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", await key(secret), enc.encode(payload)));
  return `${payload}.${b64url(sig)}`;
}

/** The subscriber id when the token is genuine, for this purpose, and unexpired; otherwise null. */
export async function verifyToken(
  secret: string,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string | null> {
  const [payload, sig] = token.split(".");
  if (!payload || !sig) return null;
  try {
    const ok = await crypto.subtle.verify("HMAC", await key(secret), fromB64url(sig), enc.encode(payload));
    if (!ok) return null;
    const body = JSON.parse(new TextDecoder().decode(fromB64url(payload))) as { sub: string; p: string; exp: number };
    return body.p === purpose && body.exp > now.getTime() ? body.sub : null;
  } catch {
    return null;
  }
}
