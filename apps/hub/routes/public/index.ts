import { Hono } from "hono";
import type { HonoEnv } from "../../env";

/** Public, unauthenticated surfaces: status page HTML, Statuspage v2 JSON, feeds. */
export function publicRoutes() {
  const app = new Hono<HonoEnv>();
  return app;
}
