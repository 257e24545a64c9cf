import type { OutgoingMessage } from "../../../core/delivery/port";
import type { EmailFeedback } from "../../../core/delivery/feedback";
import type { MailSend, SendGridEvent } from "./api-types";

/**
 * One message as a v3 mail/send body. Each recipient carries its own unsubscribe URL, so the
 * List-Unsubscribe headers go in its personalization; `delivery_key` lets webhooks and a sink dedupe.
 */
export function toMailSend(m: OutgoingMessage, from: { email: string; name?: string }): MailSend {
  const headers: Record<string, string> = m.unsubscribeUrl
    ? { "List-Unsubscribe": `<${m.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
    : {};
  return {
    personalizations: [{ to: [{ email: m.to }], custom_args: { delivery_key: m.key, publication_id: m.publicationId }, headers }],
    from,
    subject: m.subject ?? "Status update",
    content: [{ type: "text/plain", value: m.text }, ...(m.html ? [{ type: "text/html", value: m.html }] : [])],
  };
}

const feedbackKinds: Record<string, EmailFeedback["kind"]> = { bounce: "bounced", dropped: "bounced", spamreport: "complained", unsubscribe: "complained" };

/** Event Webhook events as delivery feedback; other events (delivered, open, click…) and mail without our key are dropped. */
export function feedbackFromEvents(events: SendGridEvent[]): EmailFeedback[] {
  return events.flatMap((e): EmailFeedback[] => {
    const kind = feedbackKinds[e.event];
    if (!kind || !e.delivery_key) return [];
    const reason = `sendgrid ${e.event}${e.reason ? `: ${e.reason}` : ""}`.slice(0, 500);
    return [{ kind, deliveryKey: e.delivery_key, reason, at: new Date(e.timestamp * 1000) }];
  });
}
