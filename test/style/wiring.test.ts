import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HubEnv } from "#apps/hub/wiring/index";
import { cycles, importGraph } from "./import-graph";

const root = join(import.meta.dirname, "../..");
const connectorReadmes = readdirSync(join(root, "connectors")).map((d) => join("connectors", d, "README.md"));
const docs = [...readdirSync(join(root, "docs")).map((f) => join("docs", f)), ...connectorReadmes]
  .filter((f) => f.endsWith(".md") && existsSync(join(root, f)))
  .map((f) => readFileSync(join(root, f), "utf8"))
  .join("\n");

describe("wiring", () => {
  it("has no import cycles in apps, core or connectors (type-only imports count)", () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it("documents every setting a wiring part reads (docs/ or the connector's README)", () => {
    const undocumented = Object.keys(HubEnv.shape).filter((name) => !new RegExp(`\`${name}\\b`).test(docs));
    expect(undocumented).toEqual([]);
  });

  it("names the part and the variable when a setting is bad, never the value", async () => {
    const { deliveryOptions } = await import("#apps/hub/wiring/delivery");
    const secretish = "short-secret";
    expect(() => deliveryOptions({ LIAISON_DELIVERY_SECRET: secretish })).toThrow(
      /Invalid delivery configuration: LIAISON_DELIVERY_SECRET/,
    );
    expect(() => deliveryOptions({ LIAISON_DELIVERY_SECRET: secretish })).not.toThrow(new RegExp(secretish));
  });
});
