import de from "../translations/de.json";
import en from "../translations/en.json";
import fr from "../translations/fr.json";

type Tree = { [key: string]: string | Tree };
const dictionaries: Record<string, Tree> = { en, fr, de };
let current: Tree = en;
let currentLocale = "en";

/** The first of the hub's locales matching a Zendesk locale such as "fr-CA", or null. */
export const supportedLocale = (locale: unknown): string | null => {
  if (typeof locale !== "string" || !locale) return null;
  const base = locale.toLowerCase().split(/[-_]/)[0]!;
  return base in dictionaries ? base : null;
};

/** Chooses the interface language (the agent's), falling back to English. */
export function setLocale(locale: unknown): void {
  currentLocale = supportedLocale(locale) ?? "en";
  current = dictionaries[currentLocale]!;
}

export const uiLocale = () => currentLocale;

const lookup = (tree: Tree, key: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
};

/**
 * The interface text for a key, with `{{name}}` filled from `vars`. Keys are always literal at the
 * call site, so the validator can check every one exists in every locale.
 */
export function t(key: string, vars: Record<string, string> = {}): string {
  const text = lookup(current, key) ?? lookup(en, key) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? "");
}
