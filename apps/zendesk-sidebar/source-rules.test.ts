import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "src");
const files = readdirSync(src)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ name: f, text: readFileSync(join(src, f), "utf8") }));

describe("the sidebar's browser source", () => {
  it("imports only its own files and translations (nothing from core, connectors or the hub)", () => {
    const imports = files.flatMap((f) =>
      [...f.text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => `${f.name}: ${m[1]}`),
    );
    expect(imports.length).toBeGreaterThan(5);
    expect(imports.filter((i) => !/: (\.\/[\w-]+|\.\.\/translations\/\w+\.json)$/.test(i))).toEqual([]);
  });

  it("never parses strings as HTML", () => {
    const offenders = files
      .filter((f) =>
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/.test(f.text),
      )
      .map((f) => f.name);
    expect(offenders).toEqual([]);
  });
});
