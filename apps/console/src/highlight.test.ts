import { describe, expect, it } from "vitest";
import { segments } from "./highlight";

const finding = (start: number, end: number, match: string) => ({
  kind: "ip_address",
  blocking: true,
  start,
  end,
  line: 1,
  column: start + 1,
  match,
  message: "An IP address",
});

describe("segments", () => {
  it("cuts the text at each finding's offsets so the flagged run is exactly the match", () => {
    const text = "Requests to 10.0.3.7 time out because redis-prod-3 is overloaded.";
    const parts = segments(text, [finding(38, 50, "redis-prod-3"), finding(12, 20, "10.0.3.7")]);
    expect(parts.map((p) => [p.text, Boolean(p.finding)])).toEqual([
      ["Requests to ", false],
      ["10.0.3.7", true],
      [" time out because ", false],
      ["redis-prod-3", true],
      [" is overloaded.", false],
    ]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
  });

  it("skips a finding that overlaps one already marked or runs past the end", () => {
    const parts = segments("abcdef", [finding(0, 4, "abcd"), finding(2, 5, "cde"), finding(4, 9, "ef…")]);
    expect(parts.map((p) => p.text)).toEqual(["abcd", "ef"]);
  });
});
