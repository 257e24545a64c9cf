import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);

describe("path aliases", () => {
  it("leaves no import climbing two or more folders: those use #core/, #connectors/, #apps/", () => {
    const offenders = ["apps", "core", "connectors"].flatMap((top) =>
      sources(join(root, top)).flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith("../../") && !i.endsWith(".tsx") && !/\/views\//.test(i))
          .map((i) => `${relative(root, f)} imports ${i}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe("dependency direction (core <- connectors <- apps)", () => {
  it("keeps core free of frameworks, drivers, SDKs and node:*", () => {
    const banned =
      /^(hono|@hono\/|drizzle-orm|better-sqlite3|node-zendesk|@hubspot\/|jsforce|node:|msw|wrangler|@cloudflare\/)/;
    const offenders = sources(join(root, "core")).flatMap((f) =>
      importsOf(f)
        .filter((i) => banned.test(i))
        .map((i) => `${relative(root, f)} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps core from importing apps, connectors or tests", () => {
    const offenders = sources(join(root, "core")).flatMap((f) =>
      importsOf(f)
        .filter((i) => /^#(apps|connectors|test|bench)\//.test(i) || /\/(apps|connectors|test)\//.test(i))
        .map((i) => `${relative(root, f)} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps connectors from importing apps or tests", () => {
    const offenders = sources(join(root, "connectors")).flatMap((f) =>
      importsOf(f)
        .filter((i) => /^#(apps|test|bench)\//.test(i) || /\/(apps|test)\//.test(i))
        .map((i) => `${relative(root, f)} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it("lets only the runtime entries and storage adapters name a driver", () => {
    const allowed = new Set([
      "apps/hub/node.ts",
      "apps/hub/worker.ts",
      "apps/hub/storage/sqlite.ts",
      "apps/hub/storage/d1.ts",
    ]);
    const offenders = sources(join(root, "apps"))
      .filter((f) => !allowed.has(relative(root, f)))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => /^(better-sqlite3|drizzle-orm\/(better-sqlite3|d1)|@hono\/node-server|cloudflare:)/.test(i))
          .map((i) => `${relative(root, f)} imports ${i}`),
      );
    expect(offenders).toEqual([]);
  });
});
