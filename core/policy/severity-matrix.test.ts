import { describe, expect, it } from "vitest";
import { normaliseSeverity } from "../incidents/model";
import { defaultSeverityMatrix, nextUpdateDue, SeverityMatrix } from "./severity-matrix";

const t0 = new Date("2026-11-20T10:00:00Z");
const plus = (min: number) => new Date(t0.getTime() + min * 60_000);

describe("severity policy", () => {
  it("encodes the default matrix from the brief and validates as data", () => {
    expect(SeverityMatrix.parse(defaultSeverityMatrix)).toEqual(defaultSeverityMatrix);
    expect(defaultSeverityMatrix.P1).toMatchObject({
      updateCadenceMinutes: 30,
      firstUpdateWithinMinutes: 15,
      targetResolutionMinutes: 120,
      postMortem: { visibility: "public", withinHours: 48 },
    });
    expect(defaultSeverityMatrix.P1.channelTiers.sms).toContain("enterprise");
    expect(defaultSeverityMatrix.P3.channels).toEqual(["in_app", "status_page"]);
    expect(defaultSeverityMatrix.P4).toMatchObject({ channels: ["status_page"], updateCadenceMinutes: null });
  });

  it("rejects a malformed policy, naming the field", () => {
    const bad = { ...defaultSeverityMatrix, P2: { ...defaultSeverityMatrix.P2, updateCadenceMinutes: -5 } };
    const result = SeverityMatrix.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["P2", "updateCadenceMinutes"]);
  });

  it("computes when the next update is owed", () => {
    expect(nextUpdateDue(defaultSeverityMatrix.P1, null, t0)).toEqual(plus(15));
    expect(nextUpdateDue(defaultSeverityMatrix.P2, plus(20), t0)).toEqual(plus(80));
    expect(nextUpdateDue(defaultSeverityMatrix.P3, null, t0)).toBeNull();
    expect(nextUpdateDue(defaultSeverityMatrix.P4, plus(5), t0)).toBeNull();
  });

  it("maps SEV1–SEV3 onto P1–P3", () => {
    expect(["SEV1", "sev-2", "Sev3", "p4", "SEV4", "P5"].map(normaliseSeverity)).toEqual([
      "P1",
      "P2",
      "P3",
      "P4",
      undefined,
      undefined,
    ]);
  });
});
