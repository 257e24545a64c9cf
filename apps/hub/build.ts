import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(import.meta.dirname, "../..");

/**
 * Bundles the Node entry into `<outDir>/apps/hub/node.mjs` with the migrations beside it, so a production host runs
 * plain `node` with only the runtime dependencies installed (`npm ci --omit=dev`); tsx stays a dev tool.
 */
export async function buildNodeHub(outDir = join(root, "dist")): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  const entry = join(outDir, "apps/hub/node.mjs");
  await build({
    entryPoints: [join(root, "apps/hub/node.ts")],
    outfile: entry,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
  cpSync(join(root, "migrations"), join(outDir, "migrations"), { recursive: true });
  return entry;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(`wrote ${await buildNodeHub()}`);
