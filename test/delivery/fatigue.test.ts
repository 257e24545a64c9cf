import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sink, startSink } from "./sink";
import { createDeliveryHub } from "./support";

let sink: Sink;
let hub: Awaited<ReturnType<typeof createDeliveryHub>>;
beforeEach(async () => {
  sink = await startSink();
  hub = await createDeliveryHub(sink.url, { LIAISON_FATIGUE_MIN_INTERVAL_MS: "600000" });
  await hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "ann@example.com" });
});
afterEach(async () => {
  hub.close();
  await sink.close();
});

const mails = () => sink.byRecipient.get("ann@example.com") ?? [];

describe("fatigue control", () => {
  it("holds a burst inside the minimum interval and folds it into one digest", async () => {
    await hub.publish({ title: "First" });
    await hub.tick();
    hub.clock.advance(60_000);
    const second = await hub.publish({ title: "Second" });
    await hub.tick();
    hub.clock.advance(60_000);
    const third = await hub.publish({ title: "Third" });
    await hub.tick();
    expect(mails()).toHaveLength(1);
    hub.clock.advance(600_000);
    await hub.tick();
    expect(mails()).toHaveLength(2);
    expect(mails()[1]!.subject).toMatch(/^2 updates: /);
    expect(mails()[1]!.text.indexOf(third.id)).toBeGreaterThanOrEqual(0);
    expect(mails()[1]!.text.indexOf(third.id)).toBeLessThan(mails()[1]!.text.indexOf(second.id));
    hub.clock.advance(3_600_000);
    await hub.tick();
    expect(mails()).toHaveLength(2);
  });

  it("never holds back a resolution", async () => {
    await hub.publish({ title: "First" });
    await hub.tick();
    const [original] = await hub.db.all<{ payload: string }>(`select payload from delivery_publications` as never);
    const resolved = {
      ...JSON.parse(original!.payload),
      id: "pub_resolved",
      kind: "resolved",
      createdAt: hub.clock.now(),
    };
    await hub.services.notifier.notify(resolved);
    await hub.tick();
    expect(mails()).toHaveLength(2);
  });
});
