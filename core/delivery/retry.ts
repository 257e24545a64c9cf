/**
 * The outcome of one provider call: retryable failures are 429 and 5xx (and network errors).
 * `rejected` lists the recipients (indexes into a batch) a 4xx named, when the provider says.
 */
export type SendResult =
  | { ok: true; providerId?: string }
  | { ok: false; retry: boolean; status: number; error: string; retryAfterMs?: number; rejected?: number[] };

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseMs: 1_000, maxMs: 15 * 60_000, maxAttempts: 6 };

/**
 * Delay before the next attempt: exponential with full jitter, but never earlier than the
 * provider's Retry-After. `random` is injected so tests can pin it.
 */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(ceiling / 2 + random() * (ceiling / 2));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Reads Retry-After as seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** What to do after a failed attempt. */
export function nextStep(
  result: Extract<SendResult, { ok: false }>,
  attempts: number,
  policy: RetryPolicy,
): "retry" | "failed" | "dead" {
  if (!result.retry) return "failed";
  return attempts >= policy.maxAttempts ? "dead" : "retry";
}
