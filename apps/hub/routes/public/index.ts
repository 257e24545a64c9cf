import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { createRevisionCache } from "#apps/hub/http/revision-cache";
import { bannerRoutes } from "./banner";
import { historyFeeds } from "./feeds";
import { statusPages } from "./pages";
import { subscribePages } from "./subscribe";
import { statuspageV2 } from "./v2";

/** Public, unauthenticated surfaces: status page HTML, Statuspage v2 JSON, feeds. */
export function publicRoutes() {
  const cache = createRevisionCache();
  const app = new Hono<HonoEnv>();
  app.route("/api/v2", statuspageV2(cache));
  app.route("/", historyFeeds(cache));
  app.route("/", subscribePages());
  app.route("/", bannerRoutes());
  app.route("/", statusPages(cache));
  return app;
}
