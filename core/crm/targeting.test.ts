import { describe, expect, it } from "vitest";
import { defaultMappings, mapAttributes } from "./mapping";
import type { Account, Tier } from "./model";
import { orderForOutreach, splitAudience } from "./outreach";
import { targetAccounts } from "./targeting";

const account = (
  name: string,
  tier: Tier,
  arr: number,
  regions: string[],
  products = ["payments"],
  segments: string[] = [],
): Account => ({
  id: `salesforce:${name}`,
  source: "salesforce",
  externalId: name,
  name,
  tier,
  arr,
  regions,
  products,
  segments,
  owner: null,
  contacts: [],
  modifiedAt: new Date(0),
});

describe("targeting", () => {
  const accounts = [
    account("eu-strategic", "strategic", 10, ["EU"]),
    account("us-strategic", "strategic", 99, ["US"]),
    account("no-region", "enterprise", 50, []),
    account("eu-search", "enterprise", 70, ["EU"], ["search"]),
    account("eu-growth", "growth", 5, ["EU", "US"], ["Payments"]),
  ];

  it("selects by product and region, and flags accounts without region data instead of including them", () => {
    const t = targetAccounts(accounts, { products: ["PAYMENTS"], regions: ["eu"], segments: [] });
    expect(t.affected.map((a) => a.name)).toEqual(["eu-strategic", "eu-growth"]);
    expect(t.flagged.map((a) => a.name)).toEqual(["no-region"]);
  });

  it("treats an empty dimension as everyone and matches segments (or the tier) when given", () => {
    expect(targetAccounts(accounts, { products: [], regions: [], segments: [] }).affected).toHaveLength(5);
    expect(
      targetAccounts(accounts, { products: [], regions: [], segments: ["enterprise"] }).affected.map((a) => a.name),
    ).toEqual(["no-region", "eu-search"]);
  });

  it("orders tier first, then ARR, and keeps lower tiers for the broadcast", () => {
    const list = [
      account("a", "enterprise", 900, ["EU"]),
      account("b", "strategic", 1, ["EU"]),
      account("c", "enterprise", 901, ["EU"]),
      account("d", "growth", 5000, ["EU"]),
    ];
    expect(orderForOutreach(list).map((a) => a.name)).toEqual(["b", "c", "a", "d"]);
    const split = splitAudience(list, "enterprise");
    expect(split.call.map((a) => a.name)).toEqual(["b", "c", "a"]);
    expect(split.broadcast.map((a) => a.name)).toEqual(["d"]);
    expect(splitAudience(list, null).call).toEqual([]);
  });
});

describe("field mapping", () => {
  it("maps configured fields and values, with a fallback tier and no invented region", () => {
    const m = {
      ...defaultMappings.salesforce,
      tier: { field: "Type", values: { "Customer - Direct": "enterprise" as const }, fallback: "growth" as const },
    };
    expect(
      mapAttributes(
        { Type: "customer - direct", AnnualRevenue: 1200.5, Region__c: "eu; apac", Products__c: "Payments;Search" },
        m,
      ),
    ).toEqual({
      tier: "enterprise",
      arr: 1200.5,
      regions: ["EU", "APAC"],
      products: ["payments", "search"],
      segments: [],
    });
    expect(mapAttributes({ Type: "Prospect", AnnualRevenue: null, Region__c: null }, m)).toMatchObject({
      tier: "growth",
      arr: 0,
      regions: [],
    });
  });
});
