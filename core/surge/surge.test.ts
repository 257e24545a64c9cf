import { describe, expect, it } from "vitest";
import { explainSurge, type Surge } from "./correlate";
import { type HourlyCounts, hourOfWeekBaseline, testSurge } from "./detect";
import { median, poissonUpperTail } from "./poisson";

const hour = 3_600_000;
const week = 168 * hour;
const at = new Date("2026-11-20T14:05:00Z");
const slot = Math.floor(at.getTime() / hour) * hour;

describe("Poisson tail", () => {
  it("matches known values", () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(3, 1)).toBeCloseTo(0.0803013970713942, 10);
    expect(poissonUpperTail(40, 2)).toBeLessThan(1e-30);
    expect(poissonUpperTail(5, 0)).toBe(0);
    expect(median([5, 1, 100, 2])).toBe(3.5);
  });
});

describe("surge detection", () => {
  const series: HourlyCounts = {
    counts: new Map([
      [slot - week, 20],
      [slot - 2 * week, 24],
      [slot - 3 * week, 400],
      [slot - 4 * week, 22],
    ]),
  };

  it("uses a robust hour-of-week baseline that one odd week does not move", () => {
    expect(hourOfWeekBaseline(series, at)).toBe(23);
  });

  it("fires when the last 15 minutes are far above the baseline, and not for ordinary volume", () => {
    expect(testSurge(series, 6, at).surge).toBe(false);
    const verdict = testSurge(series, 30, at);
    expect(verdict).toMatchObject({ surge: true, observed: 30, expected: 5.75 });
    expect(verdict.pValue).toBeLessThan(1e-4);
  });

  it("needs a minimum count on a quiet hour", () => {
    const quiet: HourlyCounts = { counts: new Map() };
    expect(testSurge(quiet, 5, at).surge).toBe(false);
    expect(testSurge(quiet, 8, at).surge).toBe(true);
  });
});

describe("surge correlation", () => {
  const surge = (kind: Surge["series"]["kind"], key: string): Surge => ({
    series: { kind, key },
    startedAt: at,
    observed: 30,
    expected: 5,
  });
  const incidents = [
    {
      id: "inc_login",
      startedAt: new Date(at.getTime() - 20 * 60_000),
      components: ["Dashboard"],
      keywords: ["log in"],
      organizations: [],
    },
    {
      id: "inc_old",
      startedAt: new Date(at.getTime() - 10 * hour),
      components: ["Billing"],
      keywords: ["invoice"],
      organizations: [],
    },
  ];

  it("explains a surge by a recent incident covering the same component or keyword", () => {
    expect(explainSurge(surge("total", "all"), incidents)).toEqual(["inc_login"]);
    expect(explainSurge(surge("component", "dashboard"), incidents)).toEqual(["inc_login"]);
    expect(explainSurge(surge("keyword", "log in"), incidents)).toEqual(["inc_login"]);
  });

  it("leaves a surge unexplained when no recent incident covers it", () => {
    expect(explainSurge(surge("component", "Billing"), incidents)).toEqual([]);
    expect(explainSurge(surge("total", "all"), [])).toEqual([]);
  });
});
