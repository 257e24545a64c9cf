import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("gives distinct prefixed ids across many refills of its random pool", () => {
    const ids = Array.from({ length: 2_000 }, () => newId("request"));
    for (const id of ids) expect(id).toMatch(/^req_[0-9a-z]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
