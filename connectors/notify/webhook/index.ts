import { hmacSha256 } from "#connectors/shared/hmac";
import type { ChannelSender } from "#core/ports/delivery";
import { type Fetch, post } from "../http";

/** `v1=` HMAC-SHA256 over `${timestamp}.${body}`, hex. Receivers recompute it with their secret. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `v1=${hmacSha256(secret, `${timestamp}.${body}`, "hex")}`;
}

export interface WebhookConfig {
  secret: string;
  fetch?: Fetch;
  now?: () => Date;
}

/**
 * Generic webhook subscribers get JSON with headers Liaison-Delivery (idempotency key),
 * Liaison-Timestamp (unix seconds) and Liaison-Signature.
 */
export function createWebhookSender(c: WebhookConfig): ChannelSender {
  // Resolved per call, so a fetch patched later (msw, instrumentation) is used.
  const fetchFn = c.fetch;
  return {
    send(m) {
      const body = JSON.stringify({ id: m.key, publication_id: m.publicationId, subject: m.subject, text: m.text });
      const timestamp = String(Math.floor((c.now?.() ?? new Date()).getTime() / 1000));
      return post(fetchFn, m.to, {
        headers: {
          "content-type": "application/json",
          "liaison-delivery": m.key,
          "liaison-timestamp": timestamp,
          "liaison-signature": signWebhook(c.secret, timestamp, body),
        },
        body,
      });
    },
  };
}
