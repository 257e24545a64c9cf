import { describe, expect, it } from "vitest";
import { ImpactInputs, suggestSeverity } from "./suggest-severity";

const base = (over: Partial<ImpactInputs>) => ImpactInputs.parse({ customersAffectedPercent: 0, ...over });
const peak = new Date("2026-11-18T14:00:00Z"); // Wednesday afternoon UTC
const night = new Date("2026-11-18T03:00:00Z");

describe("severity suggestion", () => {
  it("follows the default matrix and explains itself", () => {
    expect(suggestSeverity(base({ customersAffectedPercent: 40 }))).toEqual({
      severity: "P1",
      reasons: ["40% of customers affected (more than 25%)."],
    });
    expect(suggestSeverity(base({ customersAffectedPercent: 15 })).severity).toBe("P2");
    expect(suggestSeverity(base({ customersAffectedPercent: 5 })).severity).toBe("P3");
    expect(suggestSeverity(base({ customersAffectedPercent: 5, workaroundExists: true })).severity).toBe("P4");
    expect(suggestSeverity(base({ securityExposure: true })).reasons[0]).toMatch(/Security/);
  });

  it("rates the same outage higher at peak than off-hours", () => {
    expect(suggestSeverity(base({ customersAffectedPercent: 30, at: peak })).severity).toBe("P1");
    const off = suggestSeverity(base({ customersAffectedPercent: 30, at: night }));
    expect(off.severity).toBe("P2");
    expect(off.reasons.join(" ")).toMatch(/Off-peak/);
    expect(suggestSeverity(base({ coreFunctionDown: true, at: peak })).severity).toBe("P1");
    expect(suggestSeverity(base({ coreFunctionDown: true, at: night })).severity).toBe("P2");
  });

  it("never lowers a security or data-loss incident off-peak", () => {
    expect(suggestSeverity(base({ dataLossRisk: true, at: night })).severity).toBe("P1");
  });

  it("mentions regions so only they are notified", () => {
    expect(suggestSeverity(base({ customersAffectedPercent: 12, regions: ["eu"] })).reasons).toContain(
      "Limited to eu: notify only these regions.",
    );
  });
});
