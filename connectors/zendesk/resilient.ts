/** Why a help-desk call failed, and whether trying again can help. Never carries credentials. */
export class DeskCallError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retry: boolean,
  ) {
    super(message);
    this.name = "DeskCallError";
  }
}

export interface RetryOptions {
  maxAttempts: number;
  /** Backoff for 5xx and network errors: base × 2^attempt, with full jitter, capped. */
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultRetry: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random: Math.random,
};

/**
 * A token bucket per minute: Zendesk plans allow 200–2,500 requests a minute, and ticket updates
 * have their own lower limit, so each kind of call draws from its own bucket before it is sent.
 */
export class RequestBudget {
  private tokens: number;
  private last = Date.now();
  constructor(
    readonly perMinute: number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    this.tokens = perMinute;
  }
  async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      this.tokens = Math.min(this.perMinute, this.tokens + ((now - this.last) * this.perMinute) / 60_000);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute));
    }
  }
}

/** What node-zendesk hands back: a 429 arrives as a returned Error (not thrown) with the response beside it. */
interface SdkAnswer<T> {
  response?: { status?: number; headers?: { get(name: string): string | null } };
  result: T | (Error & { statusCode?: number });
}

const retryAfterMs = (answer: SdkAnswer<unknown>): number => {
  const raw = answer.response?.headers?.get("retry-after");
  const seconds = raw ? Number(raw) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : 1000;
};

/**
 * Runs one SDK call under the budget: a 429 waits for Retry-After, 5xx and network errors back off
 * with full jitter, anything else fails at once. Errors name the operation and status only.
 * A call that is not safe to replay (it posts a comment or creates something) is retried only on
 * 429, which Zendesk answers before doing anything; after a 5xx or a lost connection it may have
 * happened, so the caller checks before trying again.
 */
export async function resilient<T>(
  operation: string,
  budget: RequestBudget,
  call: () => Promise<SdkAnswer<T>>,
  o: RetryOptions = defaultRetry,
  replaySafe = true,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await budget.take();
    let wait: number;
    let failure: DeskCallError;
    try {
      const answer = await call();
      if (!(answer.result instanceof Error)) return answer.result as T;
      const status = answer.result.statusCode ?? answer.response?.status ?? null;
      failure = new DeskCallError(
        `Zendesk ${operation} answered ${status}`,
        status,
        status === 429 || (status !== null && status >= 500),
      );
      wait = answer.response?.headers?.get("retry-after") ? retryAfterMs(answer) : 0;
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode ?? null;
      failure = new DeskCallError(
        status ? `Zendesk ${operation} answered ${status}` : `Zendesk ${operation} failed: network error`,
        status,
        status === null || status === 429 || status >= 500,
      );
      wait = 0;
    }
    const again = failure.retry && (replaySafe || failure.status === 429);
    if (!again || attempt >= o.maxAttempts) throw failure;
    if (!wait) wait = Math.floor(o.random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** attempt));
    await o.sleep(wait);
  }
}
