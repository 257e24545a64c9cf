import type { OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import type { Permission } from "#core/auth/roles";
import { authorize } from "#core/shared/authorize";
import type { HonoEnv } from "../env";

/** The OpenAPI extension that carries a route's permission; the role test reads it back from the document. */
export const permissionKey = "x-liaison-permission";

/** The one place a route's declared permission is enforced: after authentication, before input is parsed. */
export const requirePermission = (permission: Permission) =>
  createMiddleware<HonoEnv>(async (c, next) => {
    authorize(c.get("principal"), permission);
    await next();
  });

/**
 * Fails at startup when an operation declares no permission, or when a route was added without `.openapi()` and so
 * is neither documented nor guarded.
 */
export function assertEveryRouteDeclaresPermission(api: OpenAPIHono<HonoEnv>, unguarded: readonly string[]) {
  const documented = new Set<string>();
  for (const d of api.openAPIRegistry.definitions) {
    if (d.type !== "route") continue;
    const { method, path } = d.route;
    if (!(permissionKey in d.route)) throw new Error(`${method.toUpperCase()} ${path} declares no permission.`);
    documented.add(`${method.toUpperCase()} ${path.replaceAll(/\{(\w+)\}/g, ":$1")}`);
  }
  for (const r of api.routes) {
    const key = `${r.method} ${r.path}`;
    if (r.method !== "ALL" && !documented.has(key) && !unguarded.includes(key))
      throw new Error(`${key} is not declared with createRoute, so it has no permission.`);
  }
}
