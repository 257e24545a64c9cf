import { describe, expect, it } from "vitest";
import { countSmsSegments } from "./sms";

describe("SMS segments", () => {
  it("fits 160 GSM-7 characters in one segment and splits at 153 after that", () => {
    expect(countSmsSegments("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1, remaining: 0 });
    expect(countSmsSegments("a".repeat(161))).toMatchObject({ segments: 2, units: 161 });
    expect(countSmsSegments("a".repeat(306))).toMatchObject({ segments: 2, remaining: 0 });
    expect(countSmsSegments("a".repeat(307))).toMatchObject({ segments: 3 });
  });

  it("counts extension characters as two septets and never splits them", () => {
    expect(countSmsSegments("€".repeat(80))).toMatchObject({ encoding: "GSM-7", units: 160, segments: 1 });
    // 152 plain septets then an escape pair: the pair moves whole into segment two.
    expect(countSmsSegments(`${"a".repeat(152)}{${"a".repeat(10)}`)).toMatchObject({
      units: 164,
      segments: 2,
      remaining: 153 - 12,
    });
  });

  it("switches to UCS-2 for other characters: 70 per segment, 67 when concatenated", () => {
    expect(countSmsSegments("ł".repeat(70))).toEqual({ encoding: "UCS-2", units: 70, segments: 1, remaining: 0 });
    expect(countSmsSegments("ł".repeat(71))).toMatchObject({ encoding: "UCS-2", segments: 2 });
    expect(countSmsSegments("Zugriff gestört – wir arbeiten daran.")).toMatchObject({ encoding: "UCS-2" });
    expect(countSmsSegments("Accès rétabli à 14h.")).toMatchObject({ encoding: "GSM-7" });
  });

  it("counts an emoji as two UCS-2 units and keeps the pair together", () => {
    expect(countSmsSegments("🔥")).toMatchObject({ encoding: "UCS-2", units: 2, segments: 1 });
    expect(countSmsSegments(`${"a".repeat(66)}🔥${"a".repeat(10)}`)).toMatchObject({
      units: 78,
      segments: 2,
      remaining: 67 - 12,
    });
  });

  it("reports an empty text as zero segments", () => {
    expect(countSmsSegments("")).toMatchObject({ segments: 0 });
  });
});
