import { describe, expect, it } from "vitest";
import type { Account } from "#core/crm/model";
import type { Problem } from "#test/support/call";
import { withDeliveryHub } from "./support";

const t = withDeliveryHub();

const account = (
  id: string,
  tier: Account["tier"],
  regions: string[],
  contacts: { name: string; email: string | null; phone: string | null }[],
): Account => ({
  id: `hubspot:${id}`,
  source: "hubspot",
  externalId: id,
  name: id,
  tier,
  arr: 100_000,
  regions,
  products: [],
  segments: [],
  owner: null,
  modifiedAt: new Date("2026-11-01T00:00:00Z"),
  contacts: contacts.map((c, i) => ({ ...c, id: `${id}-${i}`, role: null, primary: i === 0 })),
});

describe("importing CRM contacts as subscribers", () => {
  it("carries each account's tier and regions, normalises phone numbers, and skips bad addresses without failing", async () => {
    await t.hub.services.crm!.store.upsertAccounts(
      [
        account(
          "globex",
          "enterprise",
          ["eu"],
          [{ name: "Hank Scorpio", email: "hank@globex.example", phone: "+44 (20) 7946-0018" }],
        ),
        account(
          "hooli",
          "growth",
          ["us"],
          [
            { name: "Gavin Belson", email: "gavin@hooli", phone: "555-0100" },
            { name: "Jian Yang", email: "jian@hooli.example", phone: null },
          ],
        ),
      ],
      t.hub.clock.now(),
    );
    const first = await t.hub.call("POST", "/api/v1/subscribers/import-crm", {});
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ accounts: 2, imported: 3, alreadySubscribed: 0 });
    expect(first.json.skipped.map((s: { address: string }) => s.address).sort()).toEqual(["555-0100", "gavin@hooli"]);
    const rows = await t.hub.db.all<{ channel: string; address: string; tier: string; regions: string }>(
      `select channel, address, tier, regions from subscribers order by address` as never,
    );
    expect(rows).toEqual([
      { channel: "sms", address: "+442079460018", tier: "enterprise", regions: '["eu"]' },
      { channel: "email", address: "hank@globex.example", tier: "enterprise", regions: '["eu"]' },
      { channel: "email", address: "jian@hooli.example", tier: "growth", regions: '["us"]' },
    ]);
    expect((await t.hub.call("POST", "/api/v1/subscribers/import-crm", {})).json).toMatchObject({
      imported: 0,
      alreadySubscribed: 3,
    });

    await t.hub.publish({ regions: ["us"] });
    await t.hub.tick();
    expect([...t.sink.byRecipient.keys()]).toEqual(["jian@hooli.example"]);
  });

  it("imports only the tiers and channels asked for, and rejects an unknown tier with problem+json", async () => {
    await t.hub.services.crm!.store.upsertAccounts(
      [
        account(
          "globex",
          "enterprise",
          ["eu"],
          [{ name: "Hank", email: "hank@globex.example", phone: "+442079460018" }],
        ),
        account("hooli", "growth", ["us"], [{ name: "Jian", email: "jian@hooli.example", phone: null }]),
      ],
      t.hub.clock.now(),
    );
    expect(
      (await t.hub.call("POST", "/api/v1/subscribers/import-crm", { tiers: ["enterprise"], channels: ["sms"] })).json,
    ).toMatchObject({ accounts: 1, imported: 1 });
    const bad = await t.hub.call<Problem>("POST", "/api/v1/subscribers/import-crm", { tiers: ["platinum"] });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(bad.json.requestId).toBeTruthy();
  });
});
