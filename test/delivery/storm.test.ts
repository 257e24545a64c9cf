import { afterEach, describe, expect, it } from "vitest";
import { type Sink, seeded, startSink } from "./sink";
import { createDeliveryHub } from "./support";

let sink: Sink;
let hub: Awaited<ReturnType<typeof createDeliveryHub>>;
afterEach(async () => {
  hub.close();
  await sink.close();
});

const contacts = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `user${i}@example.com` }));

/** Ticks with the clock moving on until nothing is queued, or gives up. */
async function drain(ticks = 60) {
  for (let i = 0; i < ticks; i++) {
    await hub.tick();
    hub.clock.advance(60_000);
  }
}

describe("storm: providers answer 20% of calls with 429 or 500", () => {
  it("loses nothing and doubles nothing, in email batches and in one-by-one webhook calls", async () => {
    sink = await startSink({ failRate: 0.2, random: seeded(7) });
    hub = await createDeliveryHub(sink.url);
    const emails = contacts(1200);
    for (const page of [emails.slice(0, 1000), emails.slice(1000)])
      await hub.call("POST", "/api/v1/subscribers/import", { contacts: page });
    for (let i = 0; i < 200; i++)
      await hub.call("POST", "/api/v1/subscribers", { channel: "webhook", address: `${sink.url}/hook/${i}` });
    await hub.publish({});
    await drain();
    const stats = sink.stats();
    expect(stats.failures).toBeGreaterThan(30);
    // Two batches (1,000 + 200), plus a resend for each call the storm hit.
    expect(stats.mailCalls).toBeGreaterThanOrEqual(2);
    expect(stats.mailCalls).toBeLessThan(20);
    expect(sink.byRecipient.size).toBe(1400);
    expect([...sink.byRecipient.values()].every((m) => m.length === 1)).toBe(true);
    expect((await hub.call("GET", "/api/v1/deliveries/dead-letters")).json.dead_letters).toEqual([]);
  });

  it("dead-letters after the last attempt, lists it, and delivers it once on replay", async () => {
    sink = await startSink({ failRate: 1, random: seeded(1) });
    hub = await createDeliveryHub(sink.url);
    await hub.call("POST", "/api/v1/subscribers/import", { contacts: contacts(3) });
    await hub.publish({});
    await drain(30);
    const dead = (await hub.call("GET", "/api/v1/deliveries/dead-letters")).json.dead_letters;
    expect(dead).toHaveLength(3);
    expect(dead[0].attempts).toBe(6);
    sink.setFailRate(0);
    expect((await hub.call("POST", `/api/v1/deliveries/${dead[0].id}/replay`)).status).toBe(202);
    expect((await hub.call("POST", `/api/v1/deliveries/${dead[0].id}/replay`)).status).toBe(404);
    await drain(2);
    expect([...sink.byRecipient.values()].flat()).toHaveLength(1);
    expect((await hub.call("GET", "/api/v1/deliveries/dead-letters")).json.dead_letters).toHaveLength(2);
  });
});
