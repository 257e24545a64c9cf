import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDeliveryHub } from "./support";
import { startSink, type Sink } from "./sink";

let sink: Sink;
let hub: Awaited<ReturnType<typeof createDeliveryHub>>;
beforeEach(async () => {
  sink = await startSink();
  hub = await createDeliveryHub(sink.url, { LIAISON_DELIVERY_RETENTION_DAYS: "30" });
});
afterEach(async () => {
  hub.close();
  await sink.close();
});

const count = async (sql: string) => (await hub.db.all<{ n: number }>(sql as never))[0]!.n;

describe("housekeeping", () => {
  it("drops settled deliveries after the retention period and dispatched events after a week, keeping dead letters", async () => {
    await hub.call("POST", "/api/v1/subscribers/import", { contacts: [{ email: "a@example.com" }, { email: "b@example.com" }, { email: "c@example.com" }] });
    await hub.publish({});
    await hub.tick();
    expect(await count(`select count(*) as n from deliveries where status = 'sent'`)).toBe(3);
    const [dead] = await hub.db.all<{ id: string }>(`select id from deliveries limit 1` as never);
    await hub.db.run(`update deliveries set status = 'dead' where id = '${dead!.id}'` as never);
    const eventsBefore = await count(`select count(*) as n from events`);
    expect(eventsBefore).toBeGreaterThan(0);

    hub.clock.advance(8 * 86_400_000);
    await hub.tick();
    expect(await count(`select count(*) as n from events where created_at < ${hub.clock.now().getTime() - 7 * 86_400_000}`)).toBe(0);
    expect(await count(`select count(*) as n from deliveries`)).toBe(3);

    hub.clock.advance(23 * 86_400_000);
    await hub.tick();
    expect(await hub.db.all(`select id, status from deliveries` as never)).toEqual([{ id: dead!.id, status: "dead" }]);
    expect((await hub.call("GET", "/api/v1/deliveries/dead-letters")).json.dead_letters).toHaveLength(1);
    // The publication stays while its dead letter can still be replayed.
    expect(await count(`select count(*) as n from delivery_publications`)).toBe(1);
  });
});
