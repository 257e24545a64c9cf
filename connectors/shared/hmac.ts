import { createHmac } from "node:crypto";

/**
 * HMAC-SHA256 for vendor webhook signatures (Zendesk, HubSpot, Liaison's own webhook deliveries).
 * node:crypto is synchronous and much cheaper than a Web Crypto round trip on a hot intake path;
 * Workers provide it under `nodejs_compat`. Compare results with core's `constantTimeEqual`.
 */
export const hmacSha256 = (secret: string, message: string, encoding: "base64" | "hex") =>
  createHmac("sha256", secret).update(message).digest(encoding);

/** HMAC-SHA1, which Twilio still signs its callbacks with. */
export const hmacSha1 = (secret: string, message: string) =>
  createHmac("sha1", secret).update(message).digest("base64");
