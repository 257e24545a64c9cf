import type { BackoffPolicy } from "../shared/retry";

/**
 * The outcome of one provider call: retryable failures are 429 and 5xx (and network errors).
 * `rejected` lists the recipients (indexes into a batch) a 4xx named, when the provider says.
 */
export type SendResult =
  | { ok: true; providerId?: string }
  | { ok: false; retry: boolean; status: number; error: string; retryAfterMs?: number; rejected?: number[] };

export type RetryPolicy = BackoffPolicy;

export const defaultRetryPolicy: RetryPolicy = { baseMs: 1_000, maxMs: 15 * 60_000, maxAttempts: 6 };

/** What to do after a failed attempt. */
export function nextStep(
  result: Extract<SendResult, { ok: false }>,
  attempts: number,
  policy: RetryPolicy,
): "retry" | "failed" | "dead" {
  if (!result.retry) return "failed";
  return attempts >= policy.maxAttempts ? "dead" : "retry";
}
