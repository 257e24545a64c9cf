import { type DueDelivery, type Recipient, recipientTags, type SharedMessage } from "../ports/delivery";
import type { DeliveryDeps } from "./deps";
import { trackedChannels, trackLinks } from "./links";
import type { SubscriberChannel } from "./model";
import { unsubscribeUrl, withEmailFooter } from "./outgoing";
import { messageFor } from "./targeting";

/** One subscriber's message, ready to send alone or in a batch with others sharing its wording. */
export interface PlannedSend {
  channel: SubscriberChannel;
  subscriberId: string;
  message: SharedMessage;
  recipient: Recipient;
  /** The deliveries this message settles: one, or several folded into a digest. */
  deliveries: DueDelivery[];
}

/**
 * Tracked links name the delivery by a tag, so every recipient of a wording shares one result:
 * it is worked out once, not once per recipient of a 100,000-subscriber fan-out.
 */
const tracked = new Map<string, string>();
function trackedOnce(
  text: string,
  o: { pageUrl: string; channel: string; publicationId: string; html: boolean },
): string {
  const key = `${o.pageUrl}\n${o.channel}\n${o.publicationId}\n${o.html}\n${text}`;
  let out = tracked.get(key);
  if (out === undefined) {
    if (tracked.size >= 64) tracked.clear();
    out = trackLinks(text, { ...o, deliveryId: recipientTags.delivery });
    tracked.set(key, out);
  }
  return out;
}

/** Kinds that skip the fatigue interval: a resolution or a correction is never held back. */
const urgentKinds = new Set(["resolved", "false_alarm"]);

/**
 * Turns one subscriber's due deliveries into one message: a burst becomes a digest (newest first).
 * Inside the fatigue interval the group waits, unless it carries a resolution. Deliveries that
 * cannot be sent are settled here; null means nothing is to be sent now.
 */
export async function planGroup(d: DeliveryDeps, group: DueDelivery[]): Promise<PlannedSend | null> {
  const now = () => d.clock.now();
  const { subscriber, lastSentAt } = group[0]!;
  const items = (await Promise.all(group.map(async (g) => ({ g, p: await d.store.publication(g.publicationId) }))))
    .map(({ g, p }) => ({ g, p, m: p && messageFor(p, subscriber) }))
    .sort((a, b) => (b.p?.createdAt.getTime() ?? 0) - (a.p?.createdAt.getTime() ?? 0));
  const sendable = items.filter((i) => i.m);
  const sender = d.senders[subscriber.channel];
  const unsendable = items.filter((x) => !x.m || !sender || subscriber.status !== "active").map((i) => i.g.id);
  if (unsendable.length)
    await d.store.markFinal(
      unsendable,
      "failed",
      !sender ? `no ${subscriber.channel} provider configured` : "nothing to send",
      now(),
    );
  if (!sender || subscriber.status !== "active" || !sendable.length) return null;
  // A message tried before may have been delivered: it goes again as it was, under the same key, with nothing
  // new folded in (a new key would reach the recipient twice). What is new waits; a resolution only a moment.
  const retried = sendable.filter((i) => i.g.attempts > 1);
  const interval = d.minIntervalMs ?? 0;
  if (retried.length)
    for (const i of sendable.filter((x) => x.g.attempts <= 1))
      await d.store.defer(i.g.id, new Date(now().getTime() + (urgentKinds.has(i.p!.kind) ? 0 : interval)));
  const batch = retried.length ? retried : sendable;
  const urgent = batch.some((i) => urgentKinds.has(i.p!.kind));
  const quietUntil = lastSentAt ? lastSentAt.getTime() + interval : 0;
  if (!retried.length && !urgent && quietUntil > now().getTime()) {
    for (const i of sendable) await d.store.defer(i.g.id, new Date(quietUntil));
    return null;
  }
  const primary = batch.find((i) => urgentKinds.has(i.p!.kind)) ?? batch[0]!;
  const digest = batch.length > 1;
  const track = (t: string | null, html = false) =>
    t && trackedChannels.has(subscriber.channel)
      ? trackedOnce(t, {
          pageUrl: d.baseUrl,
          channel: subscriber.channel,
          publicationId: primary.g.publicationId,
          html,
        })
      : t;
  const text = track(
    digest
      ? batch.map((i) => [i.m!.subject, i.m!.text].filter(Boolean).join("\n")).join("\n\n---\n\n")
      : primary.m!.text,
  )!;
  const html = digest ? null : track(primary.m!.html, true);
  const email = subscriber.channel === "email";
  return {
    channel: subscriber.channel,
    subscriberId: subscriber.id,
    message: {
      channel: subscriber.channel,
      publicationId: primary.g.publicationId,
      subject: digest ? `${batch.length} updates: ${primary.m!.subject ?? ""}`.trim() : primary.m!.subject,
      ...(email ? withEmailFooter({ text, html }, primary.m!.locale) : { text, html }),
    },
    recipient: {
      key: primary.g.id,
      to: subscriber.address,
      unsubscribeUrl: email ? await unsubscribeUrl(d, subscriber) : null,
    },
    deliveries: batch.map((i) => i.g),
  };
}
