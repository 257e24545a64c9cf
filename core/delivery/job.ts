import type { Clock } from "../shared/clock";
import type { Subscriber, SubscriberChannel } from "./model";
import type { ChannelSender, DeliveryStore, DueDelivery } from "./port";
import { defaultRetryPolicy, nextStep, retryDelayMs, type RetryPolicy, type SendResult } from "./retry";
import { isTargeted, messageFor } from "./targeting";
import { signToken } from "./tokens";
import type { RateLimiter } from "./rate-limit";
import { trackLinks, trackedChannels } from "./links";

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
  /** Affected component and group ids of an incident, read when its publication is expanded. */
  affectedScope?: (incidentId: string) => Promise<Set<string>>;
  /** Per-channel send rate; one limiter per worker process or isolate. */
  limiter?: RateLimiter;
  /** Fatigue control: the least time between two messages to one subscriber. */
  minIntervalMs?: number;
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
  const affected = publication.incidentId && d.affectedScope ? await d.affectedScope(publication.incidentId) : null;
  const targeted = page.filter((s) => (earlier ? earlier.has(s.id) : isTargeted(s, publication.audience, publication.incidentId, affected)) && messageFor(publication, s));
  const last = page.at(-1)?.id ?? cursor;
  await d.store.expandPage(publication.id, targeted.map((s) => ({ id: s.id, channel: s.channel })), last, page.length < expansionPage, d.clock.now());
  return true;
}

async function unsubscribeUrl(d: DeliveryDeps, s: Subscriber): Promise<string> {
  const token = await signToken(d.secret, s.id, "unsubscribe", new Date(d.clock.now().getTime() + 90 * 86_400_000));
  return `${d.baseUrl}/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** Kinds that skip the fatigue interval: a resolution or a correction is never held back. */
const urgentKinds = new Set(["resolved", "false_alarm"]);

/**
 * Sends one subscriber's due deliveries as one message: a burst becomes a digest (newest first) and
 * every folded delivery is marked sent with it. Inside the fatigue interval the group waits, unless
 * it carries a resolution.
 */
async function sendGroup(d: DeliveryDeps, group: DueDelivery[]): Promise<void> {
  const policy = d.retry ?? defaultRetryPolicy;
  const now = () => d.clock.now();
  const { subscriber, lastSentAt } = group[0]!;
  const items = (await Promise.all(group.map(async (g) => ({ g, p: await d.store.publication(g.publicationId) }))))
    .map(({ g, p }) => ({ g, p, m: p && messageFor(p, subscriber) }))
    .sort((a, b) => (b.p?.createdAt.getTime() ?? 0) - (a.p?.createdAt.getTime() ?? 0));
  const sendable = items.filter((i) => i.m);
  const sender = d.senders[subscriber.channel];
  for (const i of items.filter((x) => !x.m || !sender || subscriber.status !== "active")) {
    await d.store.markFinal(i.g.id, "failed", !sender ? `no ${subscriber.channel} provider configured` : "nothing to send", now());
  }
  if (!sender || subscriber.status !== "active" || !sendable.length) return;
  const urgent = sendable.some((i) => urgentKinds.has(i.p!.kind));
  const quietUntil = lastSentAt ? lastSentAt.getTime() + (d.minIntervalMs ?? 0) : 0;
  if (!urgent && quietUntil > now().getTime()) {
    for (const i of sendable) await d.store.defer(i.g.id, new Date(quietUntil));
    return;
  }
  const [first] = sendable;
  const primary = sendable.find((i) => urgentKinds.has(i.p!.kind)) ?? first!;
  const digest = sendable.length > 1;
  const text = digest ? sendable.map((i) => [i.m!.subject, i.m!.text].filter(Boolean).join("\n")).join("\n\n---\n\n") : primary.m!.text;
  const track = (t: string | null, html = false) =>
    t && trackedChannels.has(subscriber.channel) ? trackLinks(t, { pageUrl: d.baseUrl, deliveryId: primary.g.id, channel: subscriber.channel, publicationId: primary.g.publicationId, html }) : t;
  const wait = d.limiter?.take(subscriber.channel) ?? 0;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const result = await sender.send({
    key: primary.g.id, channel: subscriber.channel, to: subscriber.address, publicationId: primary.g.publicationId,
    subject: digest ? `${sendable.length} updates: ${primary.m!.subject ?? ""}`.trim() : primary.m!.subject, text: track(text)!,
    html: digest ? null : track(primary.m!.html, true),
    unsubscribeUrl: subscriber.channel === "email" ? await unsubscribeUrl(d, subscriber) : null,
  }).catch((e: Error): SendResult => ({ ok: false, retry: true, status: 0, error: e.message }));
  const ids = sendable.map((i) => i.g.id);
  if (result.ok) return d.store.markSent(ids, subscriber.id, now());
  const error = `${result.status}: ${result.error}`.slice(0, 500);
  for (const i of sendable) {
    const step = nextStep(result, i.g.attempts, policy);
    if (step === "retry") await d.store.markRetry(i.g.id, new Date(now().getTime() + retryDelayMs(i.g.attempts, policy, result.retryAfterMs)), error);
    else await d.store.markFinal(i.g.id, step, error, now());
  }
}

/** Sends one page of due deliveries, one message per subscriber. Returns how many were attempted. */
export async function sendOnePage(d: DeliveryDeps): Promise<number> {
  const due = await d.store.claimDue(d.clock.now(), sendPage, d.leaseMs);
  const groups = new Map<string, DueDelivery[]>();
  for (const x of due) groups.set(x.subscriber.id, [...(groups.get(x.subscriber.id) ?? []), x]);
  const list = [...groups.values()];
  const width = d.concurrency ?? 16;
  for (let i = 0; i < list.length; i += width) await Promise.all(list.slice(i, i + width).map((g) => sendGroup(d, g)));
  return due.length;
}

/**
 * The delivery worker, identical on both runtimes: expand pages, then send due pages, until there
 * is nothing to do or the time budget is spent (a Worker invocation is short).
 */
export async function runDeliveryWork(d: DeliveryDeps, budgetMs: number, wallClock: () => number = Date.now): Promise<{ expandedPages: number; attempted: number; more: boolean }> {
  const until = wallClock() + budgetMs;
  let expandedPages = 0;
  let attempted = 0;
  while (wallClock() < until && (await expandOnePage(d))) expandedPages++;
  let idle = false;
  while (wallClock() < until) {
    const n = await sendOnePage(d);
    attempted += n;
    if (!n) {
      idle = true;
      break;
    }
  }
  // Stopped by the budget rather than by running out of work: the caller should schedule another run.
  return { expandedPages, attempted, more: !idle };
}
