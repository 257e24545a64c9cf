import { describe, expect, it } from "vitest";
import type { Audience } from "../ports/notifier";
import { NewSubscriber, type Subscriber } from "./model";
import { defaultRetryPolicy, nextStep } from "./retry";
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

describe("retry outcome", () => {
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
