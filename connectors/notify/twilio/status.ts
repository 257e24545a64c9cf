import { hmacSha1 } from "#connectors/shared/hmac";
import type { DeliveryFeedback } from "#core/delivery/feedback";
import { constantTimeEqual } from "#core/shared/compare";

/** The path Twilio posts message status to; `d` carries the delivery key. */
export const statusCallbackPath = "/webhooks/twilio/status";
export const statusCallbackUrl = (hubUrl: string, deliveryKey: string) =>
  `${hubUrl.replace(/\/$/, "")}${statusCallbackPath}?d=${encodeURIComponent(deliveryKey)}`;

/**
 * Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1 (auth token) over the full URL it called, then
 * each POST parameter's name and value, sorted by name.
 */
export function twilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  const sorted = [...params.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hmacSha1(authToken, url + sorted.map(([k, v]) => k + v).join(""));
}

export const verifyTwilioSignature = (o: {
  authToken: string;
  url: string;
  params: URLSearchParams;
  signature: string | undefined;
}) => Boolean(o.signature) && constantTimeEqual(twilioSignature(o.authToken, o.url, o.params), o.signature!);

/** Twilio opt-out: the recipient replied STOP, so the number is unsubscribed here too. */
const optedOut = "21610";

/** A status callback as delivery feedback; in-between states (queued, sending) say nothing yet. */
export function feedbackFromStatus(deliveryKey: string, params: URLSearchParams, at: Date): DeliveryFeedback[] {
  const status = params.get("MessageStatus") ?? params.get("SmsStatus") ?? "";
  const code = params.get("ErrorCode");
  if (status === "sent" || status === "delivered")
    return [{ kind: "accepted", deliveryKey, reason: `twilio ${status}`, at }];
  if (status !== "failed" && status !== "undelivered") return [];
  const reason = `twilio ${status}${code ? ` (error ${code})` : ""}`;
  return [
    { kind: "bounced", deliveryKey, reason, at },
    ...(code === optedOut ? [{ kind: "complained" as const, deliveryKey, reason, at }] : []),
  ];
}
