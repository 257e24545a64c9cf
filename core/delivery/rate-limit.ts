/** Default sends per second per channel, under each provider's published limits. */
export const defaultRates: Record<string, number> = { email: 600, sms: 30, webhook: 100, slack: 50, teams: 50 };

/**
 * Token buckets per channel (burst of one second's worth). `take` reserves a send and returns how
 * long to wait first. Wall-clock time, injected, so tests and both runtimes can drive it.
 */
export function createRateLimiter(rates: Record<string, number>, wallClock: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(channel: string): number {
      const rate = rates[channel];
      if (!rate) return 0;
      const now = wallClock();
      const b = buckets.get(channel) ?? { tokens: rate, at: now };
      b.tokens = Math.min(rate, b.tokens + ((now - b.at) / 1000) * rate) - 1;
      b.at = now;
      buckets.set(channel, b);
      return b.tokens >= 0 ? 0 : Math.ceil((-b.tokens / rate) * 1000);
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
