import type { Notifier } from "../ports/notifier";
import type { Clock } from "../shared/clock";
import type { DeliveryStore } from "./port";

/**
 * The delivery Notifier: records one publication row and returns, whatever the audience size.
 * Expansion and sending happen later, in pages, in `runDeliveryWork`. Internal briefings are not
 * for subscribers and are skipped.
 */
export function deliveryNotifier(store: DeliveryStore, clock: Clock): Notifier {
  return {
    async notify(p) {
      if (p.audience.internal) return;
      await store.recordPublication(p, clock.now());
    },
  };
}
