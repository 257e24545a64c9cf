import type { DeliveryFeedback } from "#core/delivery/feedback";
import { type OutgoingMessage, type Recipient, recipientTags, type SharedMessage } from "#core/ports/delivery";
import type { MailSend, SendGridEvent } from "./api-types";

const listUnsubscribe = (url: string | null): Record<string, string> =>
  url ? { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {};

/**
 * One message to many recipients as a v3 mail/send body: a personalization each, carrying its own
 * List-Unsubscribe headers, `delivery_key` (for webhooks and sinks to dedupe) and substitutions
 * for the per-recipient values core left as `recipientTags` in the wording.
 */
export function toMailSendBatch(
  m: SharedMessage,
  recipients: Recipient[],
  from: { email: string; name?: string },
): MailSend {
  const wording = `${m.subject ?? ""}\n${m.text}\n${m.html ?? ""}`;
  const usesDelivery = wording.includes(recipientTags.delivery);
  const usesUnsubscribe = wording.includes(recipientTags.unsubscribe);
  return {
    personalizations: recipients.map((r) => {
      const substitutions: Record<string, string> = {};
      if (usesDelivery) substitutions[recipientTags.delivery] = encodeURIComponent(r.key);
      if (usesUnsubscribe) substitutions[recipientTags.unsubscribe] = r.unsubscribeUrl ?? "";
      return {
        to: [{ email: r.to }],
        custom_args: { delivery_key: r.key, publication_id: m.publicationId },
        headers: listUnsubscribe(r.unsubscribeUrl),
        ...(usesDelivery || usesUnsubscribe ? { substitutions } : {}),
      };
    }),
    from,
    subject: m.subject ?? "Status update",
    content: [{ type: "text/plain", value: m.text }, ...(m.html ? [{ type: "text/html", value: m.html }] : [])],
  };
}

/** One message to one recipient. */
export const toMailSend = (m: OutgoingMessage, from: { email: string; name?: string }): MailSend =>
  toMailSendBatch(m, [{ key: m.key, to: m.to, unsubscribeUrl: m.unsubscribeUrl }], from);

/** The personalizations a 400 names (`personalizations.17.to.0.email`); undefined when it names anything else too. */
export function rejectedPersonalizations(body: string): number[] | undefined {
  try {
    const errors = (JSON.parse(body) as { errors?: { field?: string | null }[] }).errors ?? [];
    const indexes = errors.map((e) => /^personalizations\.(\d+)\./.exec(e.field ?? "")?.[1]);
    return indexes.length && indexes.every(Boolean) ? [...new Set(indexes.map(Number))] : undefined;
  } catch {
    return undefined;
  }
}

const feedbackKinds: Record<string, DeliveryFeedback["kind"]> = {
  processed: "accepted",
  delivered: "accepted",
  bounce: "bounced",
  dropped: "bounced",
  spamreport: "complained",
  unsubscribe: "complained",
};

/**
 * Event Webhook events as delivery feedback; other events (deferred, open, click…) and mail without our key are
 * dropped.
 */
export function feedbackFromEvents(events: SendGridEvent[]): DeliveryFeedback[] {
  return events.flatMap((e): DeliveryFeedback[] => {
    const kind = feedbackKinds[e.event];
    if (!kind || !e.delivery_key) return [];
    const reason = `sendgrid ${e.event}${e.reason ? `: ${e.reason}` : ""}`.slice(0, 500);
    return [{ kind, deliveryKey: e.delivery_key, reason, at: new Date(e.timestamp * 1000) }];
  });
}
