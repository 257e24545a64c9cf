import type { Clock } from "../shared/clock";
import type { Subscriber, SubscriberChannel } from "./model";
import type { ChannelSender, DeliveryStore, DueDelivery } from "./port";
import { defaultRetryPolicy, nextStep, retryDelayMs, type RetryPolicy, type SendResult } from "./retry";
import { isTargeted, messageFor } from "./targeting";
import { signToken } from "./tokens";

export interface DeliveryDeps {
  store: DeliveryStore;
  senders: Partial<Record<SubscriberChannel, ChannelSender>>;
  clock: Clock;
  /** HMAC secret for unsubscribe links. */
  secret: string;
  /** Public base URL of the hub, for unsubscribe links. */
  baseUrl: string;
  leaseMs: number;
  retry?: RetryPolicy;
  /** Parallel provider calls per page; the per-channel rate limit. */
  concurrency?: number;
}

const expansionPage = 500;
const sendPage = 100;

/** Expands one page of one publication into deliveries. Returns false when nothing was left. */
export async function expandOnePage(d: DeliveryDeps): Promise<boolean> {
  const next = await d.store.nextExpansion();
  if (!next) return false;
  const { publication, cursor } = next;
  const page = await d.store.subscribersAfter(cursor, expansionPage);
  // A false alarm goes to exactly those who heard about the incident, whatever the audience now says.
  const earlier = publication.kind === "false_alarm" && publication.incidentId
    ? await d.store.earlierRecipients(publication.incidentId, publication.id, page.map((s) => s.id)) : null;
  const targeted = page.filter((s) => (earlier ? earlier.has(s.id) : isTargeted(s, publication.audience, publication.incidentId)) && messageFor(publication, s));
  const last = page.at(-1)?.id ?? cursor;
  await d.store.expandPage(publication.id, targeted.map((s) => ({ id: s.id, channel: s.channel })), last, page.length < expansionPage, d.clock.now());
  return true;
}

async function unsubscribeUrl(d: DeliveryDeps, s: Subscriber): Promise<string> {
  const token = await signToken(d.secret, s.id, "unsubscribe", new Date(d.clock.now().getTime() + 90 * 86_400_000));
  return `${d.baseUrl}/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
}

async function sendOne(d: DeliveryDeps, due: DueDelivery): Promise<void> {
  const policy = d.retry ?? defaultRetryPolicy;
  const publication = await d.store.publication(due.publicationId);
  const message = publication && messageFor(publication, due.subscriber);
  const sender = d.senders[due.subscriber.channel];
  const now = () => d.clock.now();
  if (!message || !sender || due.subscriber.status !== "active") {
    return d.store.markFinal(due.id, "failed", !sender ? `no ${due.subscriber.channel} provider configured` : "nothing to send", now());
  }
  const result = await sender.send({
    key: due.id, channel: due.subscriber.channel, to: due.subscriber.address, publicationId: due.publicationId,
    subject: message.subject, text: message.text, html: message.html,
    unsubscribeUrl: due.subscriber.channel === "email" ? await unsubscribeUrl(d, due.subscriber) : null,
  }).catch((e: Error): SendResult => ({ ok: false, retry: true, status: 0, error: e.message }));
  if (result.ok) return d.store.markSent(due.id, now());
  const step = nextStep(result, due.attempts, policy);
  const error = `${result.status}: ${result.error}`.slice(0, 500);
  if (step === "retry") return d.store.markRetry(due.id, new Date(now().getTime() + retryDelayMs(due.attempts, policy, result.retryAfterMs)), error);
  return d.store.markFinal(due.id, step, error, now());
}

/** Sends one page of due deliveries. Returns how many were attempted. */
export async function sendOnePage(d: DeliveryDeps): Promise<number> {
  const due = await d.store.claimDue(d.clock.now(), sendPage, d.leaseMs);
  const width = d.concurrency ?? 16;
  for (let i = 0; i < due.length; i += width) await Promise.all(due.slice(i, i + width).map((x) => sendOne(d, x)));
  return due.length;
}

/**
 * The delivery worker, identical on both runtimes: expand pages, then send due pages, until there
 * is nothing to do or the time budget is spent (a Worker invocation is short).
 */
export async function runDeliveryWork(d: DeliveryDeps, budgetMs: number, wallClock: () => number = Date.now): Promise<{ expandedPages: number; attempted: number }> {
  const until = wallClock() + budgetMs;
  let expandedPages = 0;
  let attempted = 0;
  while (wallClock() < until && (await expandOnePage(d))) expandedPages++;
  while (wallClock() < until) {
    const n = await sendOnePage(d);
    attempted += n;
    if (!n) break;
  }
  return { expandedPages, attempted };
}
