import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_WIDTH, overlongLines } from "./line-width";

const root = join(import.meta.dirname, "../..");
const trackedSources = () =>
  execFileSync("git", ["ls-files", "-co", "--exclude-standard", "*.ts", "*.tsx"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);

describe("line width", () => {
  it(`keeps code and comments within ${MAX_WIDTH} columns (string literals may run on)`, () => {
    const offenders = trackedSources().flatMap((file) =>
      overlongLines(join(root, file)).map((line) => `${file}:${line}`),
    );
    expect(offenders).toEqual([]);
  });
});
