/** Parameter types Zendesk accepts in a ZAF v2 manifest. */
const PARAMETER_TYPES = new Set(["text", "password", "checkbox", "url", "number", "multiline", "hidden", "oauth"]);
const PRODUCTS = new Set(["support", "sell", "chat"]);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;

/** True when a domainWhitelist entry ("hub.example.com" or "*.example.com") covers the host. */
export const covers = (entry: string, host: string) =>
  entry.startsWith("*.") ? host.endsWith(entry.slice(1)) : entry.toLowerCase() === host.toLowerCase();

/**
 * Checks a ZAF v2 manifest: required fields, the location shape, parameter types, secure parameters
 * without defaults, and a domainWhitelist that covers the hub when one is given.
 */
export function checkManifest(manifest: unknown, hubUrl?: string): string[] {
  if (!isObject(manifest)) return ["manifest.json: must be a JSON object"];
  const errors: string[] = [];
  const fail = (path: string, message: string) => errors.push(`manifest.json ${path}: ${message}`);
  for (const field of ["name", "defaultLocale", "version"]) if (!nonEmpty(manifest[field])) fail(field, "is required");
  if (manifest.frameworkVersion !== "2.0") fail("frameworkVersion", 'must be "2.0"');
  const author = manifest.author;
  if (!isObject(author)) fail("author", "is required");
  else {
    if (!nonEmpty(author.name)) fail("author.name", "is required");
    if (typeof author.email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(author.email))
      fail("author.email", "must be an e-mail address");
  }
  checkLocation(manifest.location, fail);
  const secure = checkParameters(manifest.parameters, fail);
  const whitelist = manifest.domainWhitelist;
  if (
    whitelist !== undefined &&
    (!Array.isArray(whitelist) || !whitelist.every((d) => nonEmpty(d) && !/[/:]/.test(d)))
  ) {
    fail("domainWhitelist", "must be a list of host names without scheme or path");
  } else if (secure.length > 0 && (!Array.isArray(whitelist) || whitelist.length === 0)) {
    fail("domainWhitelist", `is required when a parameter is secure (${secure.join(", ")})`);
  } else if (hubUrl && Array.isArray(whitelist)) {
    const host = new URL(hubUrl).hostname;
    if (!whitelist.some((d: string) => covers(d, host))) fail("domainWhitelist", `does not cover the hub host ${host}`);
  }
  return errors;
}

function checkLocation(location: unknown, fail: (path: string, message: string) => void): void {
  if (!isObject(location) || Object.keys(location).length === 0)
    return void fail("location", "must name at least one product");
  for (const [product, places] of Object.entries(location)) {
    if (!PRODUCTS.has(product)) fail(`location.${product}`, "is not a Zendesk product");
    if (!isObject(places)) {
      fail(`location.${product}`, "must map locations to URLs");
      continue;
    }
    for (const [place, spec] of Object.entries(places)) {
      const url = isObject(spec) ? spec.url : spec;
      if (!nonEmpty(url)) fail(`location.${product}.${place}.url`, "is required");
      if (isObject(spec) && spec.flexible !== undefined && typeof spec.flexible !== "boolean")
        fail(`location.${product}.${place}.flexible`, "must be true or false");
    }
  }
  if (
    !isObject((location as Record<string, unknown>).support) ||
    !("ticket_sidebar" in ((location as Record<string, Record<string, unknown>>).support ?? {}))
  ) {
    fail("location.support.ticket_sidebar", "is required: the app lives in the ticket sidebar");
  }
}

/** Returns the names of the secure parameters. */
function checkParameters(parameters: unknown, fail: (path: string, message: string) => void): string[] {
  if (parameters === undefined) return [];
  if (!Array.isArray(parameters)) {
    fail("parameters", "must be a list");
    return [];
  }
  const seen = new Set<string>();
  const secure: string[] = [];
  for (const [index, p] of (parameters as unknown[]).entries()) {
    const at = `parameters[${index}]`;
    if (!isObject(p)) {
      fail(at, "must be an object");
      continue;
    }
    if (typeof p.name !== "string" || !/^[a-z][a-z0-9_]*$/.test(p.name)) fail(`${at}.name`, "must be snake_case");
    else if (seen.has(p.name)) fail(`${at}.name`, `duplicates ${p.name}`);
    else seen.add(p.name);
    if (typeof p.type !== "string" || !PARAMETER_TYPES.has(p.type))
      fail(`${at}.type`, `must be one of ${[...PARAMETER_TYPES].join(", ")}`);
    for (const flag of ["required", "secure"])
      if (p[flag] !== undefined && typeof p[flag] !== "boolean") fail(`${at}.${flag}`, "must be true or false");
    if (p.secure === true) {
      secure.push(String(p.name));
      if (p.default !== undefined) fail(`${at}.default`, "a secure parameter must not have a default");
    }
  }
  return secure;
}
