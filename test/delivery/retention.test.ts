import { describe, expect, it } from "vitest";
import { withDeliveryHub } from "./support";

const t = withDeliveryHub({ LIAISON_DELIVERY_RETENTION_DAYS: "30" });

const count = async (sql: string) => (await t.hub.db.all<{ n: number }>(sql as never))[0]!.n;

describe("housekeeping", () => {
  it("drops settled deliveries after the retention period and dispatched events after a week, keeping dead letters", async () => {
    await t.hub.call("POST", "/api/v1/subscribers/import", {
      contacts: [{ email: "a@example.com" }, { email: "b@example.com" }, { email: "c@example.com" }],
    });
    await t.hub.publish({});
    await t.hub.tick();
    expect(await count(`select count(*) as n from deliveries where status = 'sent'`)).toBe(3);
    const [dead] = await t.hub.db.all<{ id: string }>(`select id from deliveries limit 1` as never);
    await t.hub.db.run(`update deliveries set status = 'dead' where id = '${dead!.id}'` as never);
    const eventsBefore = await count(`select count(*) as n from events`);
    expect(eventsBefore).toBeGreaterThan(0);

    t.hub.clock.advance(8 * 86_400_000);
    await t.hub.tick();
    expect(
      await count(
        `select count(*) as n from events where created_at < ${t.hub.clock.now().getTime() - 7 * 86_400_000}`,
      ),
    ).toBe(0);
    expect(await count(`select count(*) as n from deliveries`)).toBe(3);

    t.hub.clock.advance(23 * 86_400_000);
    await t.hub.tick();
    expect(await t.hub.db.all(`select id, status from deliveries` as never)).toEqual([
      { id: dead!.id, status: "dead" },
    ]);
    expect((await t.hub.call("GET", "/api/v1/deliveries/dead-letters")).json.dead_letters).toHaveLength(1);
    // The publication stays while its dead letter can still be replayed.
    expect(await count(`select count(*) as n from delivery_publications`)).toBe(1);
  });
});
