import type { DeliveryStore } from "../ports/delivery";

/** What a provider (SendGrid, Twilio) reports back about one message, keyed by our delivery key. */
export interface DeliveryFeedback {
  /**
   * `accepted`: the provider took the message (SendGrid `processed`/`delivered`, Twilio `sent`/`delivered`);
   * `bounced`: it never arrived; `complained`: the recipient reported spam or opted out at the provider.
   */
  kind: "accepted" | "bounced" | "complained";
  deliveryKey: string;
  reason: string;
  at: Date;
}

export interface FeedbackResult {
  /** Deliveries still queued (their call crashed or timed out after the provider took it) now marked sent. */
  confirmed: number;
  bounced: number;
  unsubscribed: number;
  /** Events naming a delivery we do not know (or one already final), counted only. */
  ignored: number;
}

/**
 * Applies provider feedback. An acceptance marks a delivery that is still queued as sent, so a
 * batch the provider took just before a crash or a timeout is not sent again when its lease ends.
 * Bounces mark the delivery `bounced`, complaints unsubscribe the subscriber. Providers retry
 * webhooks, so every step is idempotent; a repeat changes nothing.
 */
export async function applyDeliveryFeedback(
  store: DeliveryStore,
  feedback: DeliveryFeedback[],
  at: Date,
): Promise<FeedbackResult> {
  const accepted = feedback.filter((f) => f.kind === "accepted").map((f) => f.deliveryKey);
  const result: FeedbackResult = {
    confirmed: accepted.length ? await store.confirmSent([...new Set(accepted)], at) : 0,
    bounced: 0,
    unsubscribed: 0,
    ignored: 0,
  };
  for (const f of feedback) {
    if (f.kind === "accepted") continue;
    if (f.kind === "bounced") {
      if (await store.markBounced(f.deliveryKey, f.reason, f.at)) result.bounced++;
      else result.ignored++;
      continue;
    }
    const subscriberId = await store.subscriberOfDelivery(f.deliveryKey);
    const subscriber = subscriberId ? await store.subscriber(subscriberId) : null;
    if (!subscriber) result.ignored++;
    else if (subscriber.status !== "unsubscribed") {
      await store.setStatus(subscriber.id, "unsubscribed");
      result.unsubscribed++;
    }
  }
  return result;
}
