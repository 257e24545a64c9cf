import { createRoute as openApiRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { permissionKey, requirePermission } from "#apps/hub/http/permission";
import type { Permission } from "#core/auth/roles";
import { security } from "./openapi";

type Declared<P extends string> = Omit<RouteConfig, "path" | "middleware" | "security"> & {
  path: P;
  /** What the caller's token must be allowed to do; enforced by `requirePermission` and documented. */
  permission: Permission;
};

/** An API route: bearer auth, its permission in the document as `x-liaison-permission`, and enforced. */
export function createRoute<P extends string, R extends Declared<P>>({ permission, ...config }: R) {
  const middleware: MiddlewareHandler<HonoEnv> = requirePermission(permission);
  return openApiRoute({ ...config, security, [permissionKey]: permission, middleware } as Omit<R, "permission"> & {
    path: P;
    middleware: MiddlewareHandler<HonoEnv>;
  });
}
