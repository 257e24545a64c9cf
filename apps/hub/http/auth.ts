import { createMiddleware } from "hono/factory";
import { sessionPrincipal } from "#core/auth/sessions";
import { authenticate } from "#core/auth/tokens";
import { DomainError } from "#core/shared/errors";
import type { HonoEnv } from "../env";
import { checkCsrf, readSessionCookie } from "./session-cookie";

/**
 * Requires `Authorization: Bearer <token>`, or the console's session cookie with its CSRF checks, and
 * sets the principal; roles are checked by the use cases.
 */
export const requireToken = createMiddleware<HonoEnv>(async (c, next) => {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const s = c.get("services");
  const deps = { store: s.store, clock: s.clock, adminTokenHash: s.adminTokenHash };
  const session = header ? undefined : readSessionCookie(c);
  if (session) {
    await checkCsrf(c, session);
    c.set("principal", await sessionPrincipal(deps, session));
    return next();
  }
  if (!match) {
    c.header("WWW-Authenticate", 'Bearer realm="liaison"');
    throw new DomainError("unauthorized", "Send an API token as 'Authorization: Bearer <token>'.");
  }
  try {
    c.set("principal", await authenticate(deps, match[1]!));
  } catch (e) {
    c.header("WWW-Authenticate", 'Bearer realm="liaison", error="invalid_token"');
    throw e;
  }
  await next();
});
