import { type Context, Hono, type Next } from "hono";
import { consoleScript, consoleStyles } from "#apps/console/assets.gen";
import type { HonoEnv } from "#apps/hub/env";
import { consoleSession } from "./session";
import { ConsoleShell } from "./shell";

const policy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const hardening = async (c: Context<HonoEnv>, next: Next) => {
  await next();
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Content-Security-Policy", policy);
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Frame-Options", "DENY");
};

/** The web console at /console: one page, its bundled script and styles, and the session endpoints. */
export function consoleRoutes() {
  const app = new Hono<HonoEnv>();
  app.use("*", hardening);
  app.get("/", (c) => c.html(`<!doctype html>${ConsoleShell({ pageName: c.get("services").page.name })}`));
  app.get("/app.js", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.body(consoleScript, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });
  app.get("/app.css", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.body(consoleStyles, 200, { "Content-Type": "text/css; charset=utf-8" });
  });
  app.route("/", consoleSession());
  return app;
}
