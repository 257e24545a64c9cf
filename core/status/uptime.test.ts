import { describe, expect, it } from "vitest";
import type { ComponentStatus } from "../components/model";
import type { Incident } from "../incidents/model";
import type { Maintenance } from "../maintenance/model";
import { componentSegments, overallUptime, uptimeBars } from "./uptime";

const at = (s: string) => new Date(`2026-11-${s}Z`);
function incident(over: Partial<Incident>): Incident {
  return {
    id: "inc_1",
    title: "t",
    severity: "P1",
    phase: "resolved",
    category: "outage",
    components: [],
    regions: [],
    segments: [],
    parentId: null,
    detectedAt: at("10T00:00:00"),
    declaredAt: at("10T00:00:00"),
    identifiedAt: null,
    monitoringAt: null,
    resolvedAt: at("10T06:00:00"),
    impactStartAt: at("10T00:00:00"),
    impactEndAt: at("10T06:00:00"),
    etaAt: null,
    policyVersion: 0,
    createdAt: at("10T00:00:00"),
    updatedAt: at("10T06:00:00"),
    updates: [],
    ...over,
  };
}
const update = (createdAt: Date, to: ComponentStatus, from: ComponentStatus = "operational") => ({
  id: `upd_${createdAt.getTime()}`,
  incidentId: "inc_1",
  phase: "investigating" as const,
  kind: "update" as const,
  body: "",
  authorId: null,
  createdAt,
  displayAt: createdAt,
  componentChanges: [{ componentId: "cmp_a", from, to }],
});

describe("uptime", () => {
  it("builds status segments from the update timeline, clipped to the impact window", () => {
    const inc = incident({
      updates: [update(at("10T03:00:00"), "partial_outage", "major_outage"), update(at("10T00:00:00"), "major_outage")],
    });
    expect(componentSegments(inc, "cmp_a", at("20T00:00:00"))).toEqual([
      {
        from: at("10T00:00:00").getTime(),
        to: at("10T03:00:00").getTime(),
        status: "major_outage",
        incidentId: "inc_1",
      },
      {
        from: at("10T03:00:00").getTime(),
        to: at("10T06:00:00").getTime(),
        status: "partial_outage",
        incidentId: "inc_1",
      },
    ]);
  });

  it("weights a major outage fully and a partial outage at 30%", () => {
    const inc = incident({
      updates: [update(at("10T03:00:00"), "partial_outage", "major_outage"), update(at("10T00:00:00"), "major_outage")],
    });
    const bars = uptimeBars("cmp_a", [inc], [], at("12T12:00:00"), 3);
    expect(bars.map((b) => b.date)).toEqual(["2026-11-10", "2026-11-11", "2026-11-12"]);
    // 3 h fully down + 3 h at 30% = 3.9 h of 24 h.
    expect(bars[0]!.uptime).toBeCloseTo(1 - 3.9 / 24, 6);
    expect(bars[0]!.worst).toBe("major_outage");
    expect(bars[0]!.incidentIds).toEqual(["inc_1"]);
    expect(bars[1]).toMatchObject({ uptime: 1, worst: "operational", incidentIds: [] });
    expect(overallUptime(bars)).toBeCloseTo((3 - 3.9 / 24) / 3, 6);
  });

  it("counts an ongoing incident up to now and ignores other components", () => {
    const inc = incident({
      phase: "investigating",
      resolvedAt: null,
      impactEndAt: null,
      updates: [update(at("12T06:00:00"), "major_outage")],
      impactStartAt: at("12T06:00:00"),
    });
    const bars = uptimeBars("cmp_a", [inc], [], at("12T12:00:00"), 1);
    expect(bars[0]!.uptime).toBeCloseTo(0.75, 6);
    expect(uptimeBars("cmp_b", [inc], [], at("12T12:00:00"), 1)[0]!.uptime).toBe(1);
  });

  it("splits an incident across midnight and marks maintenance days", () => {
    const inc = incident({
      impactStartAt: at("10T22:00:00"),
      impactEndAt: at("11T02:00:00"),
      updates: [update(at("10T22:00:00"), "major_outage")],
    });
    const m = { componentIds: ["cmp_a"], startedAt: at("11T01:00:00"), completedAt: at("11T02:00:00") } as Maintenance;
    const bars = uptimeBars("cmp_a", [inc], [m], at("11T12:00:00"), 2);
    expect(bars[0]!.uptime).toBeCloseTo(1 - 2 / 24, 6);
    expect(bars[1]!.uptime).toBeCloseTo(1 - 2 / 24, 6);
    expect(bars.map((b) => b.maintenance)).toEqual([false, true]);
  });
});
