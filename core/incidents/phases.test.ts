import { describe, expect, it } from "vitest";
import { assertMaintenanceChange } from "../maintenance/lifecycle";
import { DomainError } from "../shared/errors";
import { incidentPhases } from "./model";
import { assertPhaseChange } from "./phases";

describe("incident phases", () => {
  it("lets an open incident move to any phase, including back to investigating", () => {
    for (const from of ["investigating", "identified", "monitoring"] as const) {
      for (const to of incidentPhases) expect(() => assertPhaseChange(from, to)).not.toThrow();
    }
  });

  it("accepts nothing on a resolved incident and says how to reopen", () => {
    for (const to of incidentPhases) {
      expect(() => assertPhaseChange("resolved", to)).toThrow(DomainError);
      expect(() => assertPhaseChange("resolved", to)).toThrow(/Reopen it first/);
    }
  });
});

describe("maintenance lifecycle", () => {
  it("follows scheduled → in_progress → verifying → completed", () => {
    expect(() => assertMaintenanceChange("scheduled", "in_progress")).not.toThrow();
    expect(() => assertMaintenanceChange("in_progress", "verifying")).not.toThrow();
    expect(() => assertMaintenanceChange("verifying", "in_progress")).not.toThrow();
    expect(() => assertMaintenanceChange("verifying", "completed")).not.toThrow();
  });

  it("refuses skips back to scheduled, cancelling a started window, and any move after the end", () => {
    expect(() => assertMaintenanceChange("in_progress", "scheduled")).toThrow(
      /cannot move from 'in_progress' to 'scheduled'/,
    );
    expect(() => assertMaintenanceChange("in_progress", "cancelled")).toThrow(/complete it instead/);
    expect(() => assertMaintenanceChange("completed", "in_progress")).toThrow(/schedule a new maintenance/);
    expect(() => assertMaintenanceChange("scheduled", "completed")).toThrow(DomainError);
  });
});
