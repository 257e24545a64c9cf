import { createMiddleware } from "hono/factory";
import { newId } from "#core/shared/ids";
import type { HonoEnv } from "../env";

const safeInbound = /^[A-Za-z0-9._:-]{8,64}$/;

/** Tags each request with an id (a caller's X-Request-Id when it looks sane) and echoes it back. */
export const requestId = createMiddleware<HonoEnv>(async (c, next) => {
  const inbound = c.req.header("x-request-id");
  const id = inbound && safeInbound.test(inbound) ? inbound : newId("request");
  c.set("requestId", id);
  c.header("X-Request-Id", id);
  await next();
});
