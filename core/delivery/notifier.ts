import type { DeliveryStore } from "../ports/delivery";
import type { Notifier } from "../ports/notifier";
import type { Clock } from "../shared/clock";

/**
 * The delivery Notifier: records one publication row and returns, whatever the audience size.
 * Expansion and sending happen later, in pages, in `runDeliveryWork`. Internal briefings are not
 * for subscribers and are skipped, as are publications with no email or SMS wording.
 */
export function deliveryNotifier(store: DeliveryStore, clock: Clock): Notifier {
  return {
    async notify(p) {
      // Nothing a subscriber channel can carry (a P4 goes to the status page only): no row to expand.
      if (p.audience.internal || !p.messages.some((m) => m.channel === "email" || m.channel === "sms")) return;
      await store.recordPublication(p, clock.now());
    },
  };
}
