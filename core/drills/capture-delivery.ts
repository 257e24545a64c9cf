import { isTargeted, messageFor } from "../delivery/targeting";
import type { DeliveryStore } from "../ports/delivery";
import type { Notifier } from "../ports/notifier";
import type { Store } from "../ports/store";
import { type CaptureSink, capture, recipientLabel } from "./model";

const page = 500;

/**
 * Subscriber delivery during a drill: the same audience targeting and per-channel, per-locale
 * wording as the delivery outbox, each message captured instead of queued. A drill never enters the
 * outbox, so it cannot stamp a subscriber's fatigue clock or fold into a real incident's digest.
 */
export function capturingDeliveryNotifier(
  subscribers: Pick<DeliveryStore, "subscribersAfter">,
  incidents: Pick<Store, "getIncident" | "listComponents">,
  sink: CaptureSink,
): Notifier {
  return {
    async notify(p) {
      if (p.audience.internal) return;
      const affected = await affectedScope(incidents, p.incidentId);
      for (let cursor = ""; ; ) {
        const found = await subscribers.subscribersAfter(cursor, page);
        const sends = found.flatMap((s) => {
          const m = isTargeted(s, p.audience, p.incidentId, affected) ? messageFor(p, s) : null;
          if (!m) return [];
          return [
            {
              port: "delivery" as const,
              channel: s.channel,
              action: "send",
              recipient: recipientLabel(s.address),
              subject: m.subject,
              content: m.text,
            },
          ];
        });
        await capture(sink, sends);
        if (found.length < page) return;
        cursor = found.at(-1)!.id;
      }
    },
  };
}

/** The incident's components and their groups, as subscriber scopes name either. */
async function affectedScope(store: Pick<Store, "getIncident" | "listComponents">, incidentId: string | null) {
  if (!incidentId) return null;
  const ids = new Set((await store.getIncident(incidentId))?.components.map((c) => c.componentId) ?? []);
  for (const c of await store.listComponents()) if (ids.has(c.id) && c.groupId) ids.add(c.groupId);
  return ids;
}
