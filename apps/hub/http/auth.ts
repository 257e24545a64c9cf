import { createMiddleware } from "hono/factory";
import { authenticate } from "../../../core/auth/tokens";
import { DomainError } from "../../../core/shared/errors";
import type { HonoEnv } from "../env";

/** Requires `Authorization: Bearer <token>` and sets the principal; roles are checked by the use cases. */
export const requireToken = createMiddleware<HonoEnv>(async (c, next) => {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    c.header("WWW-Authenticate", 'Bearer realm="liaison"');
    throw new DomainError("unauthorized", "Send an API token as 'Authorization: Bearer <token>'.");
  }
  const s = c.get("services");
  try {
    c.set(
      "principal",
      await authenticate({ store: s.store, clock: s.clock, adminTokenHash: s.adminTokenHash }, match[1]!),
    );
  } catch (e) {
    c.header("WWW-Authenticate", 'Bearer realm="liaison", error="invalid_token"');
    throw e;
  }
  await next();
});
