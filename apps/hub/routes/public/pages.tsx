import { type Context, Hono, type Next } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import type { RevisionCache } from "#apps/hub/http/revision-cache";
import { foldSubIssues, loadStatusSnapshot } from "#core/status/snapshot";
import { IncidentPage, MaintenancePage, NotFoundPage } from "../../views/detail-pages";
import { StatusPage } from "../../views/status-page";

const html = "text/html; charset=utf-8";
const ninetyDays = 90 * 86_400_000;
/** Pages show times and "today"; a cached copy lives at most until the minute changes. */
const minute = (d: Date) => String(Math.floor(d.getTime() / 60_000));

/** The human status page, server-rendered with hono/jsx. */
export function statusPages(cache: RevisionCache) {
  const app = new Hono<HonoEnv>();
  // Only on the HTML paths: mounted at "/", a "*" middleware would also wrap every unmatched path of the app.
  const hardening = async (c: Context<HonoEnv>, next: Next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header(
      "Content-Security-Policy",
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
    );
  };
  for (const path of ["/", "/incidents/:id", "/maintenance/:id"]) app.use(path, hardening);

  app.get("/", (c) => {
    const s = c.get("services");
    const now = s.clock.now();
    return cache(c, {
      key: "/",
      contentType: html,
      vary: minute(now),
      maxAge: 30,
      build: async () => {
        const since = new Date(now.getTime() - ninetyDays);
        const [snapshot, recent, maintenances] = await Promise.all([
          loadStatusSnapshot(s.store, now),
          s.store.listIncidents({ since }),
          s.store.listMaintenances({ endingAfter: since, statuses: ["in_progress", "verifying", "completed"] }),
        ]);
        const page = (
          <StatusPage page={s.page} snapshot={snapshot} history={foldSubIssues(recent)} maintenances={maintenances} />
        );
        return `<!doctype html>${page}`;
      },
    });
  });

  app.get("/incidents/:id", async (c) => {
    const s = c.get("services");
    const incident = await s.store.getIncident(c.req.param("id"));
    // A drill is never public: its page does not exist.
    if (!incident || incident.drill)
      return c.html(`<!doctype html>${<NotFoundPage page={s.page} what="incident" />}`, 404);
    if (incident.parentId) return c.redirect(`/incidents/${incident.parentId}`, 302);
    return cache(c, {
      key: `/incidents/${incident.id}`,
      contentType: html,
      vary: minute(s.clock.now()),
      maxAge: 30,
      build: async () => {
        const [children, components] = await Promise.all([
          s.store.listIncidents({ parentId: incident.id }),
          s.store.listComponents(),
        ]);
        const [folded] = foldSubIssues([incident], children);
        return `<!doctype html>${<IncidentPage page={s.page} incident={folded!} components={components} />}`;
      },
    });
  });

  app.get("/maintenance/:id", async (c) => {
    const s = c.get("services");
    const m = await s.store.getMaintenance(c.req.param("id"));
    if (!m) return c.html(`<!doctype html>${<NotFoundPage page={s.page} what="maintenance" />}`, 404);
    return c.html(
      `<!doctype html>${<MaintenancePage page={s.page} maintenance={m} components={await s.store.listComponents()} />}`,
    );
  });
  return app;
}
