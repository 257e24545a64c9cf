import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { limitBody } from "#apps/hub/http/body-limit";
import { problem, zodProblem } from "#apps/hub/http/problem";
import type { WebhookRequest } from "#connectors/monitoring/source";
import { ingestAlerts, monitoringActor } from "#core/alerts/intake";
import { type AlertSource, alertSources } from "#core/alerts/model";

const maxBodyBytes = 1024 * 1024;
const settingFor: Record<AlertSource, string> = {
  alertmanager: "ALERTMANAGER_WEBHOOK_TOKEN (or ALERTMANAGER_WEBHOOK_USERNAME and ALERTMANAGER_WEBHOOK_PASSWORD)",
  pagerduty: "PAGERDUTY_WEBHOOK_SECRETS",
  datadog: "DATADOG_WEBHOOK_SECRET",
  sentry: "SENTRY_CLIENT_SECRET",
  grafana: "GRAFANA_WEBHOOK_SECRET",
};

/**
 * `POST /webhooks/{alertmanager,pagerduty,datadog,sentry,grafana}`: authenticated as each vendor
 * documents, applied once per delivery, answered 202. Alerts only ever become internal candidates.
 */
export function monitoringWebhooks() {
  const app = new Hono<HonoEnv>();
  app.post(
    `/webhooks/:source{${alertSources.join("|")}}`,
    limitBody(maxBodyBytes, "A monitoring webhook body is at most 1 MB."),
    async (c) => {
      const s = c.get("services");
      const name = c.req.param("source") as AlertSource;
      const source = s.monitoring.sources[name];
      if (!source) return problem(c, 404, `The ${name} webhook is off: set ${settingFor[name]}.`);
      const request: WebhookRequest = {
        header: (h) => c.req.header(h),
        rawBody: await c.req.text(),
        now: s.clock.now(),
      };
      const verdict = await source.verify(request);
      if (!verdict.ok) return problem(c, 401, source.refusals[verdict.reason], { code: "unauthorized" });
      let json: unknown;
      try {
        json = JSON.parse(request.rawBody);
      } catch {
        return problem(c, 400, `The body is not JSON: ${name} posts a JSON document.`, { code: "invalid_input" });
      }
      const parsed = await source.parse(json, request);
      if (!parsed.ok) return zodProblem(c, parsed.error);
      if (
        source.maxEventAgeMs &&
        parsed.occurredAt &&
        request.now.getTime() - parsed.occurredAt.getTime() > source.maxEventAgeMs
      ) {
        return problem(c, 401, source.refusals.stale, { code: "unauthorized" });
      }
      const ctx = {
        store: s.store,
        comms: s.comms,
        notifier: s.notifier,
        clock: s.clock,
        newId: s.newId,
        policy: await s.store.currentPolicy(),
        actor: monitoringActor,
      };
      const result = await ingestAlerts({
        ctx,
        alerts: s.monitoring.store,
        input: { source: name, deliveryKey: parsed.deliveryKey, signals: parsed.signals },
      });
      s.kick((work) => {
        try {
          c.executionCtx.waitUntil(work);
        } catch {
          void work; // Node has no execution context; the work promise runs on its own
        }
      });
      return c.json(
        {
          accepted: true,
          duplicate: result.duplicate,
          signals: parsed.signals.length,
          candidates: result.candidates.map((x) => ({ id: x.id, status: x.status, firing: x.firing })),
          autoConfirmed: result.autoConfirmed,
        },
        202,
      );
    },
  );
  return app;
}
