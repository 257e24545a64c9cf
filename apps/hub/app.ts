import { Hono } from "hono";
import type { HonoEnv } from "./env";
import { allowedMethods } from "./http/allowed-methods";
import { onError, problem } from "./http/problem";
import { requestId } from "./http/request-id";
import { consoleRoutes } from "./routes/console";
import { publicRoutes } from "./routes/public";
import { v1Api } from "./routes/v1";
import { monitoringWebhooks } from "./routes/webhooks/monitoring";
import { sendgridWebhook } from "./routes/webhooks/sendgrid";
import { twilioWebhook } from "./routes/webhooks/twilio";
import { zendeskWebhook } from "./routes/webhooks/zendesk";
import type { Services } from "./services";

/** The one Liaison app. Runtime entries build the services and hand them in. */
export function createApp(services: Services) {
  const app = new Hono<HonoEnv>();
  app.use("*", requestId);
  app.use("*", async (c, next) => {
    c.set("services", services);
    await next();
  });
  app.onError(onError);
  let methodsOf: ((path: string) => string[]) | null = null;
  app.notFound((c) => {
    methodsOf ??= allowedMethods(app.routes);
    const allowed = methodsOf(c.req.path);
    if (allowed.length) {
      c.header("Allow", allowed.join(", "));
      return problem(c, 405, `${c.req.path} answers ${allowed.join(", ")}, not ${c.req.method}.`);
    }
    return problem(
      c,
      404,
      `Nothing lives at ${c.req.method} ${c.req.path}. The API is under /api/v1 (see /api/v1/openapi.json) and the public status API under /api/v2.`,
    );
  });
  app.get("/healthz", (c) => c.json({ ok: true }));
  app.route("/api/v1", v1Api());
  app.route("/console", consoleRoutes());
  app.route("/", zendeskWebhook());
  app.route("/", sendgridWebhook());
  app.route("/", twilioWebhook());
  app.route("/", monitoringWebhooks());
  app.route("/", publicRoutes());
  return app;
}

export type App = ReturnType<typeof createApp>;
