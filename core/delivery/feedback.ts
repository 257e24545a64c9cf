import type { DeliveryStore } from "./port";

/** What an email provider reports back about one message, keyed by our delivery key. */
export interface EmailFeedback {
  /** `bounced`: the message never arrived; `complained`: the recipient reported spam or unsubscribed at the provider. */
  kind: "bounced" | "complained";
  deliveryKey: string;
  reason: string;
  at: Date;
}

export interface FeedbackResult {
  bounced: number;
  unsubscribed: number;
  /** Events naming a delivery we do not know (or one already final), counted only. */
  ignored: number;
}

/**
 * Applies provider feedback: bounces mark the delivery `bounced`, complaints unsubscribe the
 * subscriber. Providers retry webhooks, so every step is idempotent; a repeat changes nothing.
 */
export async function applyEmailFeedback(store: DeliveryStore, feedback: EmailFeedback[]): Promise<FeedbackResult> {
  const result: FeedbackResult = { bounced: 0, unsubscribed: 0, ignored: 0 };
  for (const f of feedback) {
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
