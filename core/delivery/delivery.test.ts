import { describe, expect, it } from "vitest";
import type { Audience } from "../ports/notifier";
import { NewSubscriber, type Subscriber } from "./model";
import { defaultRetryPolicy, nextStep, parseRetryAfter, retryDelayMs } from "./retry";
import { isTargeted } from "./targeting";
import { signToken, verifyToken } from "./tokens";

const now = new Date("2026-11-20T10:00:00Z");
const sub = (o: Partial<Subscriber> = {}): Subscriber => ({
  id: "sub_1",
  channel: "email",
  address: "a@example.com",
  locale: "en",
  regions: [],
  tier: null,
  scope: { components: [], incidentId: null },
  status: "active",
  ...o,
});
const audience = (o: Partial<Audience> = {}): Audience => ({
  internal: false,
  regions: [],
  segments: [],
  channelTiers: {},
  ...o,
});

describe("retry math", () => {
  it("grows exponentially with jitter between half and the full ceiling, capped", () => {
    const p = { baseMs: 1000, maxMs: 10_000, maxAttempts: 5 };
    expect(retryDelayMs(1, p, undefined, () => 0)).toBe(500);
    expect(retryDelayMs(3, p, undefined, () => 0.999)).toBeLessThanOrEqual(4000);
    expect(retryDelayMs(3, p, undefined, () => 0)).toBe(2000);
    expect(retryDelayMs(20, p, undefined, () => 1)).toBe(10_000);
  });
  it("never retries before Retry-After, read as seconds or an HTTP date", () => {
    expect(retryDelayMs(1, defaultRetryPolicy, 30_000, () => 0)).toBe(30_000);
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter("Fri, 20 Nov 2026 10:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
  it("fails a 4xx at once, retries 429/5xx, and dead-letters after the last attempt", () => {
    expect(nextStep({ ok: false, retry: false, status: 400, error: "" }, 1, defaultRetryPolicy)).toBe("failed");
    expect(nextStep({ ok: false, retry: true, status: 429, error: "" }, 1, defaultRetryPolicy)).toBe("retry");
    expect(
      nextStep({ ok: false, retry: true, status: 500, error: "" }, defaultRetryPolicy.maxAttempts, defaultRetryPolicy),
    ).toBe("dead");
  });
});

describe("signed expiring tokens", () => {
  it("accepts its own token for its purpose until it expires", async () => {
    const t = await signToken("s3cret-s3cret-s3cret", "sub_1", "unsubscribe", new Date(now.getTime() + 1000));
    expect(await verifyToken("s3cret-s3cret-s3cret", t, "unsubscribe", now)).toBe("sub_1");
    expect(await verifyToken("s3cret-s3cret-s3cret", t, "confirm", now)).toBeNull();
    expect(await verifyToken("s3cret-s3cret-s3cret", t, "unsubscribe", new Date(now.getTime() + 1001))).toBeNull();
    expect(await verifyToken("another-secret-here", t, "unsubscribe", now)).toBeNull();
    expect(await verifyToken("s3cret-s3cret-s3cret", `x${t}`, "unsubscribe", now)).toBeNull();
  });
});

describe("audience targeting", () => {
  it("sends a regional update to that region and to subscribers of every region only", () => {
    const eu = audience({ regions: ["eu"] });
    expect(isTargeted(sub({ regions: ["eu"] }), eu, null)).toBe(true);
    expect(isTargeted(sub({ regions: ["us"] }), eu, null)).toBe(false);
    expect(isTargeted(sub(), eu, null)).toBe(true);
  });
  it("limits a channel to the tiers the policy names, and respects incident scope and status", () => {
    const p1 = audience({ channelTiers: { sms: ["enterprise"] } });
    expect(isTargeted(sub({ channel: "sms", tier: "enterprise" }), p1, null)).toBe(true);
    expect(isTargeted(sub({ channel: "sms", tier: "free" }), p1, null)).toBe(false);
    expect(isTargeted(sub({ channel: "email", tier: "free" }), p1, null)).toBe(true);
    expect(isTargeted(sub({ scope: { components: [], incidentId: "inc_a" } }), audience(), "inc_b")).toBe(false);
    expect(isTargeted(sub({ status: "pending" }), audience(), null)).toBe(false);
    expect(isTargeted(sub(), audience({ internal: true }), null)).toBe(false);
  });
  it("validates addresses per channel", () => {
    expect(NewSubscriber.safeParse({ channel: "sms", address: "+14155550123" }).success).toBe(true);
    expect(NewSubscriber.safeParse({ channel: "sms", address: "4155550123" }).success).toBe(false);
    expect(NewSubscriber.safeParse({ channel: "email", address: "a@b" }).success).toBe(false);
    expect(NewSubscriber.safeParse({ channel: "webhook", address: "ftp://x" }).success).toBe(false);
  });
});

describe("per-channel rate limit", () => {
  it("lets a second's worth through, then spaces sends at the channel's rate", async () => {
    const { createRateLimiter } = await import("./rate-limit");
    let t = 0;
    const limiter = createRateLimiter({ sms: 2 }, () => t);
    expect([limiter.take("sms"), limiter.take("sms"), limiter.take("sms")]).toEqual([0, 0, 500]);
    expect(limiter.take("email")).toBe(0);
    t = 2000;
    expect(limiter.take("sms")).toBe(0);
  });
});
