import { describe, expect, it } from "vitest";
import { defaultPolicy, parsePolicy, requiredApprovals } from "./document";

describe("policy document", () => {
  it("accepts the default policy", () => {
    expect(parsePolicy(JSON.parse(JSON.stringify(defaultPolicy)))).toEqual({ ok: true, policy: defaultPolicy });
  });

  it("points at the exact field of an error", () => {
    const bad = JSON.parse(JSON.stringify(defaultPolicy));
    bad.severities.P1.updateCadenceMinutes = "often";
    bad.approvals[0].require = ["ceo"];
    bad.extra = true;
    const result = parsePolicy(bad);
    expect(result.ok).toBe(false);
    const paths = (result as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["severities.P1.updateCadenceMinutes", "approvals.0.require.0", ""]));
  });

  it("requires legal and exec for P1 and any security incident, and nothing for maintenance", () => {
    expect(requiredApprovals(defaultPolicy, "P1", "outage")).toEqual(["legal", "exec"]);
    expect(requiredApprovals(defaultPolicy, "P3", "security")).toEqual(["legal", "exec"]);
    expect(requiredApprovals(defaultPolicy, "P2", "degradation")).toEqual(["pr"]);
    expect(requiredApprovals(defaultPolicy, "P3", "maintenance_error")).toEqual([]);
  });
});
