import { type OutgoingMessage, type Recipient, recipientTags, type SharedMessage } from "../ports/delivery";
import type { DeliveryDeps } from "./deps";
import type { Subscriber } from "./model";
import { signToken } from "./tokens";

export async function unsubscribeUrl(
  d: Pick<DeliveryDeps, "secret" | "baseUrl" | "clock">,
  s: Subscriber,
): Promise<string> {
  const token = await signToken(d.secret, s.id, "unsubscribe", new Date(d.clock.now().getTime() + 90 * 86_400_000));
  return `${d.baseUrl}/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
}

const footerWords: Record<string, string> = {
  en: "Unsubscribe or change your preferences",
  fr: "Se désabonner ou modifier vos préférences ",
  de: "Abbestellen oder Einstellungen ändern",
};

/** The visible unsubscribe link every email ends with, in the message's language. */
export function withEmailFooter(
  m: Pick<SharedMessage, "text" | "html">,
  locale: string,
): Pick<SharedMessage, "text" | "html"> {
  const words = footerWords[locale] ?? footerWords.en!;
  return {
    text: `${m.text}\n\n--\n${words}: ${recipientTags.unsubscribe}`,
    html:
      m.html &&
      `${m.html}\n<p style="color:#666;font-size:12px"><a href="${recipientTags.unsubscribe}">${words.trim()}</a></p>`,
  };
}

/**
 * Fills in one recipient's values, for senders without batches. Both values are URL-safe, so
 * they need no HTML escaping.
 */
export function personalize(m: SharedMessage, r: Recipient): OutgoingMessage {
  const fill = (t: string) =>
    t
      .replaceAll(recipientTags.delivery, encodeURIComponent(r.key))
      .replaceAll(recipientTags.unsubscribe, r.unsubscribeUrl ?? "");
  return { ...m, ...r, text: fill(m.text), html: m.html && fill(m.html), subject: m.subject && fill(m.subject) };
}
