/**
 * A token bucket: `ratePerSecond` tokens refill continuously up to `burst`. `reserve` takes one
 * token now (the balance may go below zero, which queues later callers behind it) and returns how
 * long to wait before using it. The wall clock is injected so tests and both runtimes drive it.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;
  constructor(
    readonly ratePerSecond: number,
    readonly burst: number = ratePerSecond,
    private readonly wallClock: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.at = wallClock();
  }

  reserve(): number {
    const now = this.wallClock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.ratePerSecond) - 1;
    this.at = now;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.ratePerSecond) * 1000);
  }

  /** Reserves a token and sleeps until it is due. */
  async take(sleep: (ms: number) => Promise<void>): Promise<void> {
    const wait = this.reserve();
    if (wait > 0) await sleep(wait);
  }
}

/** One bucket per key (a delivery channel, a kind of API call); keys without a rate are not limited. */
export function createRateLimiter(rates: Record<string, number>, wallClock: () => number = Date.now) {
  const buckets = new Map<string, TokenBucket>();
  return {
    /** Reserves one call for `key` and returns how long to wait first. */
    take(key: string): number {
      const rate = rates[key];
      if (!rate) return 0;
      const bucket = buckets.get(key) ?? new TokenBucket(rate, rate, wallClock);
      buckets.set(key, bucket);
      return bucket.reserve();
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
