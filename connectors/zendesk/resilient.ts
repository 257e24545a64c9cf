import { parseRetryAfter, realSleep, withRetry } from "#core/shared/retry";
import { TokenBucket } from "#core/shared/token-bucket";

/** Why a help-desk call failed, and whether trying again can help. Never carries credentials. */
export class DeskCallError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retry: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeskCallError";
  }
}

export interface RetryOptions {
  maxAttempts: number;
  /** Backoff for 5xx and network errors: full jitter up to base × 2^attempt, capped. */
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultRetry: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: realSleep,
  random: Math.random,
};

/**
 * A per-minute budget: Zendesk plans allow 200–2,500 requests a minute, and ticket updates have
 * their own lower limit, so each kind of call draws from its own bucket before it is sent.
 */
export const requestBudget = (perMinute: number) => new TokenBucket(perMinute / 60, perMinute);

/** What node-zendesk hands back: an answer with the response beside the (possibly Error) result. */
interface SdkAnswer<T> {
  response?: { status?: number; headers?: { get(name: string): string | null } };
  result: T | (Error & { statusCode?: number });
}

const retryable = (status: number | null) => status === null || status === 429 || status >= 500;

/**
 * One SDK answer as a result or a DeskCallError. node-zendesk throws for the statuses it knows, returns
 * an Error for any answer with Retry-After (labelled 429 even on a 503), and returns 502 and 504 bodies
 * as if they were results, so the response's own status decides here.
 */
async function answerOf<T>(operation: string, call: () => Promise<SdkAnswer<T>>): Promise<T> {
  let answer: SdkAnswer<T>;
  try {
    answer = await call();
  } catch (e) {
    const status = (e as { statusCode?: number }).statusCode ?? null;
    const what = status ? `answered ${status}` : "failed: network error";
    throw new DeskCallError(`Zendesk ${operation} ${what}`, status, retryable(status));
  }
  const status = answer.response?.status ?? (answer.result instanceof Error ? (answer.result.statusCode ?? null) : 200);
  if (status !== null && status < 400 && !(answer.result instanceof Error)) return answer.result as T;
  const wait = parseRetryAfter(answer.response?.headers?.get("retry-after"), new Date());
  throw new DeskCallError(`Zendesk ${operation} answered ${status}`, status, retryable(status), wait);
}

/**
 * Runs one SDK call under the budget: 429 waits for Retry-After, 5xx and network errors back off
 * with full jitter, anything else fails at once. Errors name the operation and status only.
 * A call that is not safe to replay (it posts a comment or creates something) is retried only on
 * 429, which Zendesk answers before doing anything; after a 5xx (Retry-After or not) or a lost
 * connection it may have happened, so the caller reconciles before trying again.
 */
export function resilient<T>(
  operation: string,
  budget: TokenBucket,
  call: () => Promise<SdkAnswer<T>>,
  o: RetryOptions = defaultRetry,
  replaySafe = true,
): Promise<T> {
  return withRetry(
    async () => {
      await budget.take(o.sleep);
      return answerOf(operation, call);
    },
    (e) => {
      const failure = e as DeskCallError;
      const again = failure.retry && (replaySafe || failure.status === 429);
      return { retry: again, afterMs: failure.status === 429 ? (failure.retryAfterMs ?? 1000) : failure.retryAfterMs };
    },
    { baseMs: o.baseDelayMs, maxMs: o.maxDelayMs, maxAttempts: o.maxAttempts, sleep: o.sleep, random: o.random },
  );
}
