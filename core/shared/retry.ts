/**
 * The one retry policy of Liaison: connectors (Zendesk, HubSpot, Salesforce) and delivery all
 * read Retry-After, back off and give up the same way.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

/** Reads Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * Delay before attempt `attempt + 1` after `attempt` failures: full jitter (uniform between zero and
 * base × 2^(attempt−1), capped), but never earlier than the server's Retry-After.
 */
export function backoffDelayMs(
  attempt: number,
  policy: Pick<BackoffPolicy, "baseMs" | "maxMs">,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(Math.floor(random() * ceiling), retryAfterMs ?? 0);
}

/** What a failed attempt says about the next: `retry` false ends the loop; `afterMs` is the server's wait. */
export interface RetryVerdict {
  retry: boolean;
  afterMs?: number;
}

export interface RetryOptions extends BackoffPolicy {
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Runs `call` until it succeeds, `classify` says a retry cannot help, or the attempts run out; the
 * last error is rethrown as it was.
 */
export async function withRetry<T>(
  call: (attempt: number) => Promise<T>,
  classify: (err: unknown) => RetryVerdict,
  o: RetryOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (err) {
      const verdict = classify(err);
      if (!verdict.retry || attempt >= o.maxAttempts) throw err;
      await o.sleep(backoffDelayMs(attempt, o, verdict.afterMs, o.random));
    }
  }
}

export const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
