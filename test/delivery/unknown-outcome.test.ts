import { describe, expect, it } from "vitest";
import { withDeliveryHub } from "./support";

/**
 * A provider call whose answer never arrives (a cut connection, or the hub killed with kill -9 mid-call) may have
 * delivered its message. The crash test found a second message at the sink for such a recipient: a newer update
 * went out on its own, or folded into a digest with a new idempotency key, because only a confirmed send counted.
 */
const t = withDeliveryHub({ LIAISON_FATIGUE_MIN_INTERVAL_MS: "600000" });
const mails = () => t.sink.byRecipient.get("ann@example.com") ?? [];

async function firstNoticeWithItsAnswerLost() {
  await t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "ann@example.com" });
  t.sink.loseAnswers(true);
  await t.hub.publish({ title: "First" });
  await t.hub.tick();
  t.sink.loseAnswers(false);
  expect(mails()).toHaveLength(1);
}

describe("a message whose send had no answer", () => {
  it("holds a newer update for the fatigue interval while the first is still being retried", async () => {
    await firstNoticeWithItsAnswerLost();
    await t.hub.publish({ title: "Second" });
    await t.hub.tick();
    expect(mails()).toHaveLength(1);
  });

  it("is retried alone under its own key, and the update waits for the interval", async () => {
    await firstNoticeWithItsAnswerLost();
    t.hub.clock.advance(120_000);
    const second = await t.hub.publish({ title: "Second" });
    await t.hub.tick();
    // The retry reached the provider again under the same key, which it refused as a repeat.
    expect(t.sink.stats().duplicates).toBe(1);
    expect(mails()).toHaveLength(1);
    t.hub.clock.advance(600_000);
    await t.hub.tick();
    expect(mails()).toHaveLength(2);
    expect(mails()[1]!.text).toContain(second.id);
  });
});
