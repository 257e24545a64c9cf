import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleConsole, generatedModule, generatedPath } from "./build";

describe("the console bundle", () => {
  it("is current: assets.gen.ts is what `npm run console:build` makes from src/ today", async () => {
    const fresh = generatedModule(await bundleConsole());
    expect(readFileSync(generatedPath, "utf8") === fresh, "run `npm run console:build` and commit assets.gen.ts").toBe(
      true,
    );
  });
});
