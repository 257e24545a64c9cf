/** Keys and placeholders the app's source asks for. */
export interface SourceUsage {
  keys: Set<string>;
  /** t(...) calls whose key is not a string literal, as "file: snippet". */
  dynamic: string[];
  /** {{setting.x}} placeholders (secure settings filled by Zendesk's proxy). */
  secureSettings: Set<string>;
  /** settings["x"] reads (plain settings the frame can see). */
  plainSettings: Set<string>;
}

/** Scans source files (name → text) for translation keys and settings the app uses. */
export function scanSources(files: Record<string, string>): SourceUsage {
  const usage: SourceUsage = { keys: new Set(), dynamic: [], secureSettings: new Set(), plainSettings: new Set() };
  for (const [file, text] of Object.entries(files)) {
    for (const m of text.matchAll(/(?<![\w.$])t\(\s*([^)\s,]*)/g)) {
      if (/^function\s*$/.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
      const literal = /^(["'])([\w.-]+)\1$/.exec(m[1]!);
      if (literal) usage.keys.add(literal[2]!);
      else usage.dynamic.push(`${file}: t(${m[1]}`);
    }
    for (const m of text.matchAll(/\{\{setting\.(\w+)\}\}/g)) usage.secureSettings.add(m[1]!);
    for (const m of text.matchAll(/settings\[\s*["'](\w+)["']\s*\]/g)) usage.plainSettings.add(m[1]!);
  }
  return usage;
}

/** Flattens a ZAF translation file to dotted keys; a leaf is a string or {value: string}. */
export function flatten(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree !== "object" || tree === null) return out;
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (typeof value === "object" && value !== null && typeof (value as { value?: unknown }).value === "string")
      out.set(path, (value as { value: string }).value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(",");

/**
 * Checks every locale holds every key the app and manifest use, the same key set as the default
 * locale, and the same {{placeholders}} per key.
 */
export function checkTranslations(
  locales: Record<string, Map<string, string>>,
  defaultLocale: string,
  required: Iterable<string>,
): string[] {
  const errors: string[] = [];
  const base = locales[defaultLocale];
  if (!base) return [`translations/${defaultLocale}.json: missing (it is the manifest's defaultLocale)`];
  for (const [locale, keys] of Object.entries(locales)) {
    for (const key of required) if (!keys.has(key)) errors.push(`translations/${locale}.json: missing key ${key}`);
    for (const key of base.keys())
      if (!keys.has(key) && ![...required].includes(key))
        errors.push(`translations/${locale}.json: missing key ${key} (present in ${defaultLocale})`);
    for (const [key, text] of keys) {
      const reference = base.get(key);
      if (reference === undefined) errors.push(`translations/${locale}.json: key ${key} is not in ${defaultLocale}`);
      else if (placeholders(reference) !== placeholders(text))
        errors.push(
          `translations/${locale}.json: ${key} has placeholders {${placeholders(text)}}, ${defaultLocale} has {${placeholders(reference)}}`,
        );
      if (!text.trim()) errors.push(`translations/${locale}.json: ${key} is empty`);
    }
  }
  return errors;
}
