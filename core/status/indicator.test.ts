import { describe, expect, it } from "vitest";
import type { Incident } from "../incidents/model";
import type { Maintenance } from "../maintenance/model";
import { pageIndicator } from "./indicator";

const open = (severity: "P1" | "P2" | "P3" | "P4") => ({ severity, phase: "investigating" }) as Incident;

describe("page indicator", () => {
  it("is none when everything is operational", () => {
    expect(pageIndicator(["operational", "operational"], [], [])).toEqual({
      indicator: "none",
      description: "All Systems Operational",
    });
  });
  it("takes the worst of component statuses and incident impact", () => {
    expect(pageIndicator(["degraded_performance"], [], []).indicator).toBe("minor");
    expect(pageIndicator(["partial_outage", "degraded_performance"], [], []).indicator).toBe("major");
    expect(pageIndicator(["operational"], [open("P1")], []).indicator).toBe("critical");
    expect(pageIndicator(["major_outage"], [open("P3")], []).indicator).toBe("critical");
  });
  it("shows maintenance only when nothing is broken", () => {
    expect(pageIndicator(["under_maintenance"], [], [{} as Maintenance]).indicator).toBe("maintenance");
    expect(pageIndicator(["under_maintenance", "partial_outage"], [], [{} as Maintenance]).indicator).toBe("major");
  });
});
