import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { appDir, assetsDir, buildAssets } from "./build";
import { validateApp } from "./validate";
import { writeZip, type ZipEntry } from "./zip";

/** Where `npm run zendesk:package` writes the upload for Zendesk. */
export const defaultZipPath = join(appDir, "../../dist/liaison-zendesk-sidebar.zip");

const folder = (name: string): ZipEntry[] =>
  readdirSync(join(appDir, name))
    .sort()
    .map((file) => ({ name: `${name}/${file}`, data: readFileSync(join(appDir, name, file)) }));

/**
 * Builds the assets, validates the app and writes the zip Zendesk accepts: manifest.json, assets/
 * and translations/ at its root. With a hub URL, the packaged manifest whitelists that hub's host.
 */
export async function packageApp(
  options: { out?: string; hubUrl?: string } = {},
): Promise<{ path: string; entries: string[] }> {
  await buildAssets();
  const errors = validateApp(appDir, {});
  if (errors.length > 0) throw new Error(`the app is not valid:\n${errors.join("\n")}`);
  const manifest = JSON.parse(readFileSync(join(appDir, "manifest.json"), "utf8"));
  if (options.hubUrl) manifest.domainWhitelist = [new URL(options.hubUrl).hostname];
  const entries: ZipEntry[] = [
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    ...folder("assets"),
    ...folder("translations"),
  ];
  const path = options.out ?? defaultZipPath;
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, writeZip(entries));
  return { path, entries: entries.map((e) => e.name) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--hub-url");
  const hubUrl = at > 0 ? process.argv[at + 1] : process.env.LIAISON_HUB_URL;
  const { path, entries } = await packageApp({ hubUrl });
  console.log(`wrote ${path} (${entries.length} files from ${assetsDir.replace(/\/assets$/, "")})`);
}
