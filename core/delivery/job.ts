import type { DueDelivery } from "../ports/delivery";
import type { DeliveryDeps } from "./deps";
import { type PlannedSend, planGroup } from "./plan";
import { sendPlans } from "./send";
import { isTargeted, messageFor } from "./targeting";

export type { DeliveryDeps } from "./deps";

const expansionPage = 500;
/** Claimed per page on a channel whose sender takes batches: one SendGrid call's worth. */
const batchPage = 1000;
/** Claimed per page on the other channels: one call each, so fewer keep the lease short. */
const sendPage = 100;

/** Expands one page of one publication into deliveries. Returns false when nothing was left. */
export async function expandOnePage(d: DeliveryDeps): Promise<boolean> {
  const next = await d.store.nextExpansion();
  if (!next) return false;
  const { publication, cursor } = next;
  const page = await d.store.subscribersAfter(cursor, expansionPage);
  // A false alarm goes to exactly those who heard, or were about to hear, about the incident, whatever
  // the audience now says; what they were still due (held by fatigue, or queued) is cancelled first.
  // A post-incident summary likewise goes to the incident's recipients.
  const retracting = publication.kind === "false_alarm" ? publication.incidentId : null;
  const followsUp = retracting ?? (publication.kind === "post_incident_summary" ? publication.incidentId : null);
  const earlier = followsUp
    ? await d.store.earlierRecipients(
        followsUp,
        publication.id,
        page.map((s) => s.id),
      )
    : null;
  if (retracting && earlier?.size) await d.store.cancelQueued(retracting, publication.id, [...earlier], d.clock.now());
  const affected = publication.incidentId && d.affectedScope ? await d.affectedScope(publication.incidentId) : null;
  const targeted = page.filter(
    (s) =>
      (earlier ? earlier.has(s.id) : isTargeted(s, publication.audience, publication.incidentId, affected)) &&
      messageFor(publication, s),
  );
  const last = page.at(-1)?.id ?? cursor;
  await d.store.expandPage(
    publication.id,
    targeted.map((s) => ({ id: s.id, channel: s.channel })),
    last,
    page.length < expansionPage,
    d.clock.now(),
  );
  return true;
}

/**
 * Sends one page of due deliveries: one message per subscriber, and messages with the same wording
 * batched where the channel's sender allows. One-by-one channels claim no more than `callsLeft`.
 * Returns how many deliveries were attempted and how many provider calls that took.
 */
export async function sendOnePage(
  d: DeliveryDeps,
  callsLeft = Number.POSITIVE_INFINITY,
): Promise<{ attempted: number; calls: number }> {
  const batching = Object.entries(d.senders)
    .filter(([, s]) => s?.batch)
    .map(([channel]) => channel);
  const now = d.clock.now();
  const due = [
    ...(await d.store.claimDue(now, batchPage, d.leaseMs, { only: batching })),
    ...(await d.store.claimDue(now, Math.min(sendPage, callsLeft), d.leaseMs, { except: batching })),
  ];
  const groups = new Map<string, DueDelivery[]>();
  for (const x of due) {
    const group = groups.get(x.subscriber.id);
    if (group) group.push(x);
    else groups.set(x.subscriber.id, [x]);
  }
  const plans = (await Promise.all([...groups.values()].map((g) => planGroup(d, g)))).filter(
    (p): p is PlannedSend => p !== null,
  );
  return { attempted: due.length, calls: await sendPlans(d, plans) };
}

/**
 * The delivery worker, identical on both runtimes: expand pages, then send due pages, until there
 * is nothing to do, the time budget is spent (a Worker invocation is short) or the run has made
 * `maxCallsPerRun` provider calls (a Worker invocation has a subrequest limit).
 */
export async function runDeliveryWork(
  d: DeliveryDeps,
  budgetMs: number,
  wallClock: () => number = Date.now,
): Promise<{ expandedPages: number; attempted: number; more: boolean }> {
  const until = wallClock() + budgetMs;
  let expandedPages = 0;
  let attempted = 0;
  while (wallClock() < until && (await expandOnePage(d))) expandedPages++;
  let idle = false;
  let callsLeft = d.maxCallsPerRun ?? Number.POSITIVE_INFINITY;
  while (wallClock() < until && callsLeft > 0) {
    const page = await sendOnePage(d, callsLeft);
    attempted += page.attempted;
    callsLeft -= page.calls;
    if (!page.attempted) {
      idle = true;
      break;
    }
  }
  // Stopped by the budget rather than by running out of work: the caller should schedule another run.
  return { expandedPages, attempted, more: !idle };
}
