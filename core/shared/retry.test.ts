import { describe, expect, it } from "vitest";
import { backoffDelayMs, parseRetryAfter, withRetry } from "./retry";
import { createRateLimiter, TokenBucket } from "./token-bucket";

const now = new Date("2026-11-20T10:00:00Z");
const policy = { baseMs: 1000, maxMs: 10_000, maxAttempts: 4 };

describe("backoff", () => {
  it("uses full jitter: anywhere from zero to the exponential ceiling, capped", () => {
    expect(backoffDelayMs(1, policy, undefined, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, undefined, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, undefined, () => 0.5)).toBe(2000);
    expect(backoffDelayMs(3, policy, undefined, () => 0.9999)).toBe(3999);
    expect(backoffDelayMs(20, policy, undefined, () => 0.9999)).toBe(9999);
  });
  it("never retries before Retry-After, read as seconds or an HTTP date", () => {
    expect(backoffDelayMs(1, policy, 30_000, () => 0.5)).toBe(30_000);
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Fri, 20 Nov 2026 10:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("Fri, 20 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("-3", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
  it("retries what the classifier allows, waits the server's delay, and rethrows the last error", async () => {
    const waits: number[] = [];
    let calls = 0;
    const boom = new Error("503");
    const err = await withRetry(
      async () => {
        calls++;
        throw boom;
      },
      () => ({ retry: true, afterMs: 1500 }),
      { ...policy, sleep: async (ms) => void waits.push(ms), random: () => 0 },
    ).catch((e) => e);
    expect(err).toBe(boom);
    expect(calls).toBe(4);
    expect(waits).toEqual([1500, 1500, 1500]);
    const once = await withRetry(
      async (attempt) => {
        if (attempt === 1) throw new Error("400");
        return "never";
      },
      () => ({ retry: false }),
      { ...policy, sleep: async () => {} },
    ).catch((e: Error) => e.message);
    expect(once).toBe("400");
  });
});

describe("token bucket", () => {
  it("lets a burst through, then spaces calls at the rate", () => {
    let t = 0;
    const limiter = createRateLimiter({ sms: 2 }, () => t);
    expect([limiter.take("sms"), limiter.take("sms"), limiter.take("sms")]).toEqual([0, 0, 500]);
    expect(limiter.take("email")).toBe(0);
    t = 2000;
    expect(limiter.take("sms")).toBe(0);
  });
  it("queues reservations behind each other and sleeps only when due later", async () => {
    let t = 0;
    const bucket = new TokenBucket(1, 1, () => t);
    const slept: number[] = [];
    await bucket.take(async (ms) => void slept.push(ms));
    await bucket.take(async (ms) => void slept.push(ms));
    await bucket.take(async (ms) => void slept.push(ms));
    expect(slept).toEqual([1000, 2000]);
    t = 10_000;
    expect(bucket.reserve()).toBe(0);
  });
});
