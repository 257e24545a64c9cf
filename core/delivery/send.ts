import type { DueDelivery } from "../ports/delivery";
import { chunks } from "../shared/chunks";
import { backoffDelayMs, realSleep } from "../shared/retry";
import type { DeliveryDeps } from "./deps";
import { personalize } from "./outgoing";
import type { PlannedSend } from "./plan";
import { defaultRetryPolicy, nextStep, type SendResult } from "./retry";

/** How often a batch is resent without the recipients a 4xx named before it fails as a whole. */
const maxRejectionRounds = 3;

/**
 * Sends planned messages. Those with the same wording on a channel whose sender takes batches go
 * out together, `batch.max` recipients a call; the rest go one call each. Calls run `concurrency`
 * at a time, each first taking a token from the channel's rate limiter. Returns the calls made.
 */
export async function sendPlans(d: DeliveryDeps, plans: PlannedSend[]): Promise<number> {
  const calls: PlannedSend[][] = [];
  const buckets = new Map<string, PlannedSend[]>();
  for (const p of plans) {
    if (!d.senders[p.channel]?.batch) {
      calls.push([p]);
      continue;
    }
    const key = `${p.channel}\n${JSON.stringify(p.message)}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(p);
    else buckets.set(key, [p]);
  }
  for (const bucket of buckets.values()) {
    const max = Math.max(1, d.senders[bucket[0]!.channel]!.batch!.max);
    calls.push(...chunks(bucket, max));
  }
  if (plans.length)
    await d.store.markAttempting(
      plans.map((p) => p.subscriberId),
      d.clock.now(),
    );
  const width = d.concurrency ?? 16;
  let made = 0;
  for (const wave of chunks(calls, width))
    made += (await Promise.all(wave.map((c) => sendCall(d, c)))).reduce((a, b) => a + b, 0);
  return made;
}

/** One provider call (more when a batch is resent without rejected recipients); returns how many. */
async function sendCall(d: DeliveryDeps, plans: PlannedSend[], round = 0): Promise<number> {
  const { channel, message } = plans[0]!;
  const sender = d.senders[channel]!;
  const wait = d.limiter?.take(channel) ?? 0;
  if (wait > 0) await realSleep(wait);
  const recipients = plans.map((p) => p.recipient);
  const result = await (sender.batch
    ? sender.batch.send(message, recipients)
    : sender.send(personalize(message, recipients[0]!))
  ).catch((e: Error): SendResult => ({ ok: false, retry: true, status: 0, error: e.message }));
  if (result.ok) {
    await d.store.markSent(
      plans.flatMap((p) => p.deliveries.map((g) => g.id)),
      plans.map((p) => p.subscriberId),
      d.clock.now(),
    );
    return 1;
  }
  // A provider that rejects a whole batch for a few bad addresses names them: fail only those.
  const rejected = new Set(result.rejected ?? []);
  if (!result.retry && rejected.size && rejected.size < plans.length && round < maxRejectionRounds) {
    await settleFailure(
      d,
      plans.filter((_, i) => rejected.has(i)),
      result,
    );
    return (
      1 +
      (await sendCall(
        d,
        plans.filter((_, i) => !rejected.has(i)),
        round + 1,
      ))
    );
  }
  await settleFailure(d, plans, result);
  return 1;
}

/** Retries (one time for the whole call, so its recipients stay together), fails or dead-letters. */
async function settleFailure(
  d: DeliveryDeps,
  plans: PlannedSend[],
  result: Extract<SendResult, { ok: false }>,
): Promise<void> {
  const policy = d.retry ?? defaultRetryPolicy;
  const error = `${result.status}: ${result.error}`.slice(0, 500);
  const now = d.clock.now();
  const byStep: Record<"retry" | "failed" | "dead", DueDelivery[]> = { retry: [], failed: [], dead: [] };
  for (const g of plans.flatMap((p) => p.deliveries)) byStep[nextStep(result, g.attempts, policy)].push(g);
  const ids = (list: DueDelivery[]) => list.map((g) => g.id);
  if (byStep.retry.length) {
    const attempts = Math.max(...byStep.retry.map((g) => g.attempts));
    await d.store.markRetry(
      ids(byStep.retry),
      new Date(now.getTime() + backoffDelayMs(attempts, policy, result.retryAfterMs)),
      error,
    );
  }
  if (byStep.failed.length) await d.store.markFinal(ids(byStep.failed), "failed", error, now);
  if (byStep.dead.length) await d.store.markFinal(ids(byStep.dead), "dead", error, now);
}
