import type { OutgoingMessage } from "../../../core/delivery/port";
import type { MailSend } from "./api-types";

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
