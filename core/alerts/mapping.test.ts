import { describe, expect, it } from "vitest";
import { hintFromWord, mapSignal } from "./mapping";
import type { AlertSignal } from "./model";
import { defaultMonitoringPolicy, type MonitoringPolicy } from "./settings";

const components = [
  { id: "cmp_checkout", name: "Checkout" },
  { id: "cmp_search", name: "Search" },
];
const signal = (labels: Record<string, string>, hint: AlertSignal["severityHint"] = null): AlertSignal => ({
  source: "alertmanager",
  fingerprint: "f1",
  status: "firing",
  title: "t",
  labels,
  severityHint: hint,
  startsAt: new Date(0),
  endsAt: null,
  url: null,
  groupKey: null,
});

describe("mapSignal", () => {
  it("reads component, region and severity from conventional labels", () => {
    expect(
      mapSignal(
        signal({ service: "checkout", region: "eu-west-1", severity: "critical" }),
        defaultMonitoringPolicy,
        components,
      ),
    ).toEqual({
      components: ["cmp_checkout"],
      regions: ["eu-west-1"],
      severityHint: "critical",
      impact: { coreFunctionDown: true },
    });
    expect(mapSignal(signal({ job: "node" }), defaultMonitoringPolicy, components)).toEqual({
      components: [],
      regions: [],
      severityHint: null,
      impact: {},
    });
  });

  it("applies rules first: any-of values, '*' presence, region, hint and impact overrides", () => {
    const policy: MonitoringPolicy = {
      ...defaultMonitoringPolicy,
      rules: [
        {
          match: { job: ["search-api", "search-indexer"] },
          component: "Search",
          region: "us-east",
          severity: "warning",
        },
        { match: { job: "search-api", slo: "*" }, impact: { customersAffectedPercent: 30 } },
      ],
    };
    expect(
      mapSignal(
        signal({ JOB: "Search-API", slo: "availability", service: "checkout", region: "eu" }),
        policy,
        components,
      ),
    ).toEqual({
      components: ["cmp_search"],
      regions: ["us-east"],
      severityHint: "warning",
      impact: { customersAffectedPercent: 30 },
    });
    expect(mapSignal(signal({ job: "search-indexer" }), policy, components).impact).toEqual({
      customersAffectedPercent: 5,
    });
  });

  it("keeps the vendor's own hint unless a rule names one", () => {
    expect(mapSignal(signal({ severity: "info" }, "critical"), defaultMonitoringPolicy, components).severityHint).toBe(
      "critical",
    );
  });

  it("reads vendor words for loudness", () => {
    expect([
      hintFromWord("P1"),
      hintFromWord("high"),
      hintFromWord("warning"),
      hintFromWord("low"),
      hintFromWord("P5"),
      hintFromWord("banana"),
    ]).toEqual(["critical", "critical", "warning", "warning", "info", null]);
  });
});
