/** Options for retrying a rate-limited call; `sleep` is injected so tests never wait. */
export interface BackoffOptions {
  sleep: (ms: number) => Promise<void>;
  maxAttempts?: number;
  baseDelayMs?: number;
}

/**
 * Runs `call`, and when `rateLimitDelay` recognises the error as a rate limit, waits (the delay
 * it returns, else exponential from `baseDelayMs`) and tries again, up to `maxAttempts` in all.
 */
export async function withBackoff<T>(
  call: () => Promise<T>,
  rateLimitDelay: (err: unknown) => number | null | undefined,
  o: BackoffOptions,
): Promise<T> {
  const max = o.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const hinted = rateLimitDelay(err);
      if (hinted === null || hinted === undefined || attempt >= max) throw err;
      await o.sleep(hinted > 0 ? hinted : (o.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
    }
  }
}

/** Removes every configured secret from a text before it reaches a log or an error body. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join("[redacted]");
  return out.replace(/(Bearer|OAuth)\s+[A-Za-z0-9._!~-]+/g, "$1 [redacted]");
}

export const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
