import { describe, expect, it } from "vitest";
import { clockState, formatRemaining } from "./clock";

const base = {
  status: "investigating",
  first_update_at: "2026-11-20T10:01:00Z",
  first_update_due_at: "2026-11-20T10:15:00Z",
  first_update_late: false,
  next_update_due_at: "2026-11-20T10:31:00Z",
  update_overdue: false,
  extended_outage: false,
};
const at = (iso: string) => Date.parse(iso);

describe("the cadence clock", () => {
  it("counts to the next update once the first one is out, and turns late after it", () => {
    expect(clockState(base, at("2026-11-20T10:20:00Z"))).toMatchObject({ label: "Next update due", late: false });
    expect(clockState(base, at("2026-11-20T10:20:00Z")).remainingMs).toBe(11 * 60_000);
    expect(clockState(base, at("2026-11-20T10:32:00Z")).late).toBe(true);
  });

  it("counts the first-update timer before any public update, and trusts the hub's overdue flag", () => {
    const fresh = { ...base, first_update_at: null };
    expect(clockState(fresh, at("2026-11-20T10:05:00Z"))).toMatchObject({ label: "First public update due" });
    expect(clockState({ ...base, update_overdue: true }, at("2026-11-20T10:05:00Z")).late).toBe(true);
    expect(clockState({ ...base, status: "resolved" }, at("2026-11-20T12:00:00Z")).late).toBe(false);
  });

  it("formats what is left and what is late", () => {
    expect(formatRemaining(12 * 60_000)).toBe("in 12 min");
    expect(formatRemaining(65 * 60_000)).toBe("in 1 h 05 min");
    expect(formatRemaining(-3 * 60_000)).toBe("3 min late");
  });
});
