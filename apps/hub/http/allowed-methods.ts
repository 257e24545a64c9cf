/** A route as Hono lists it in `app.routes`. */
interface RouteEntry {
  method: string;
  path: string;
}

const segmentPattern = (segment: string) =>
  segment === "*" ? ".*" : segment.startsWith(":") ? "[^/]+" : segment.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/**
 * The methods a path answers to, from the app's own route table, so a known path asked with another
 * method gets 405 and an Allow header instead of 404. Middleware (ALL) and CORS preflight (OPTIONS)
 * do not make a path known; OPTIONS is listed only beside a method that does.
 */
export function allowedMethods(routes: readonly RouteEntry[]): (path: string) => string[] {
  const table = routes
    .filter((r) => r.method !== "ALL")
    .map((r) => ({ method: r.method, pattern: new RegExp(`^${r.path.split("/").map(segmentPattern).join("/")}$`) }));
  return (path) => {
    const matching = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    const known = [...matching].filter((m) => m !== "OPTIONS");
    if (!known.length) return [];
    if (matching.has("GET")) known.push("HEAD");
    if (matching.has("OPTIONS")) known.push("OPTIONS");
    return known;
  };
}
