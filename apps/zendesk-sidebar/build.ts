import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** The app's folder (manifest.json, translations/, assets/). */
export const appDir = import.meta.dirname;
export const assetsDir = join(appDir, "assets");

/** Bundles src/ into assets/app.js and copies iframe.html and app.css beside it. */
export async function buildAssets(outDir = assetsDir): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(appDir, "src/main.ts")],
    outfile: join(outDir, "app.js"),
    bundle: true,
    format: "iife",
    target: ["chrome110", "firefox110", "safari16"],
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  for (const file of ["iframe.html", "app.css"]) copyFileSync(join(appDir, "src", file), join(outDir, file));
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(`built ${await buildAssets()}`);
}
