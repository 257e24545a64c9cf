import { describe, expect, it } from "vitest";
import { whoText } from "./session";

describe("the header's who-am-I", () => {
  it("says the role once when the token's name already carries it", () => {
    expect(whoText({ name: "Casey (commander)", role: "commander", approves: [] })).toBe("Casey (commander)");
    expect(whoText({ name: "Lee (legal)", role: "viewer", approves: ["legal"] })).toBe("Lee (legal) · viewer");
  });

  it("adds the role and sign-off roles a plain name does not say", () => {
    expect(whoText({ name: "Casey", role: "commander", approves: ["legal", "exec"] })).toBe(
      "Casey · commander · approves legal, exec",
    );
    expect(whoText({ name: "Commanderson", role: "commander", approves: [] })).toBe("Commanderson · commander");
  });
});
