import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { buildAssets } from "./build";
import { checkManifest } from "./manifest-rules";
import { checkTranslations, flatten, scanSources } from "./translation-rules";

const parse = (dir: string, file: string, errors: string[]): unknown => {
  try {
    return JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (err) {
    errors.push(`${file}: not well-formed JSON (${(err as Error).message})`);
    return undefined;
  }
};

const sourceFiles = (dir: string): string[] =>
  !existsSync(dir)
    ? []
    : readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory()
          ? sourceFiles(path)
          : /\.ts$/.test(name) && !/\.test\.ts$/.test(name)
            ? [path]
            : [];
      });

/** The manifest fields read here, as untrusted JSON: checkManifest reports a wrong shape. */
type ManifestJson = {
  parameters?: unknown;
  location?: Record<string, Record<string, unknown> | null>;
  defaultLocale?: unknown;
};

/**
 * Validates a ZAF app folder the way `zcli apps:validate` would, without a Zendesk account:
 * manifest fields and shape, settings the source uses, and translations for every key in every
 * locale. Returns the problems found (empty when the app is valid).
 */
export function validateApp(dir: string, options: { hubUrl?: string } = {}): string[] {
  const errors: string[] = [];
  const manifest = parse(dir, "manifest.json", errors) as ManifestJson | undefined;
  if (manifest === undefined) return errors;
  errors.push(...checkManifest(manifest, options.hubUrl));

  const sources = Object.fromEntries(
    sourceFiles(join(dir, "src")).map((f) => [relative(dir, f), readFileSync(f, "utf8")]),
  );
  const usage = scanSources(sources);
  for (const call of usage.dynamic)
    errors.push(`${call}: translation keys must be string literals so they can be checked`);
  const parameters: { name?: string; secure?: boolean }[] = Array.isArray(manifest.parameters)
    ? manifest.parameters
    : [];
  const declared = new Map(parameters.map((p) => [p.name, p.secure === true]));
  for (const name of usage.secureSettings)
    if (declared.get(name) !== true)
      errors.push(`src uses {{setting.${name}}} but manifest.json has no secure parameter ${name}`);
  for (const name of usage.plainSettings)
    if (declared.get(name) !== false)
      errors.push(
        `src reads settings["${name}"] but manifest.json has no plain parameter ${name} (secure ones are hidden from the frame)`,
      );

  for (const place of Object.values(manifest.location ?? {})) {
    for (const spec of Object.values(place ?? {})) {
      const url = typeof spec === "string" ? spec : (spec as { url?: unknown } | null)?.url;
      if (typeof url === "string" && !/^https?:\/\//.test(url) && !existsSync(join(dir, url)))
        errors.push(`manifest.json location url ${url}: no such file (build the assets first)`);
    }
  }

  const translationDir = join(dir, "translations");
  const files = existsSync(translationDir) ? readdirSync(translationDir).filter((f) => f.endsWith(".json")) : [];
  const locales: Record<string, Map<string, string>> = {};
  for (const file of files) {
    const tree = parse(dir, `translations/${file}`, errors);
    if (tree !== undefined) locales[file.replace(/\.json$/, "")] = flatten(tree);
  }
  const required = new Set([
    ...usage.keys,
    "app.description",
    ...parameters.flatMap((p) => (p.name ? [`app.parameters.${p.name}.label`] : [])),
  ]);
  if (typeof manifest.defaultLocale === "string")
    errors.push(...checkTranslations(locales, manifest.defaultLocale, required));
  return errors;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--hub-url");
  const hubUrl = at > 0 ? process.argv[at + 1] : process.env.LIAISON_HUB_URL;
  const dir = import.meta.dirname;
  await buildAssets();
  const errors = validateApp(dir, { hubUrl });
  for (const e of errors) console.error(`✗ ${e}`);
  console.log(
    errors.length === 0
      ? `✓ ${relative(process.cwd(), dir) || "."} is a valid ZAF v2 app`
      : `${errors.length} problem(s)`,
  );
  process.exitCode = errors.length === 0 ? 0 : 1;
}
