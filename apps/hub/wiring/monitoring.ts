import { z } from "zod";
import type { MonitoringConfig } from "#connectors/monitoring/index";
import { parseEnv, type RawEnv } from "./env";

const secret = (name: string) => z.string().min(16, `${name} must be at least 16 characters`).optional();

/** Monitoring webhook secrets from the environment (process.env on Node, Worker secrets on Workers). */
export const MonitoringEnv = z.object({
  ALERTMANAGER_WEBHOOK_TOKEN: secret("ALERTMANAGER_WEBHOOK_TOKEN"),
  ALERTMANAGER_WEBHOOK_USERNAME: z.string().min(1).optional(),
  ALERTMANAGER_WEBHOOK_PASSWORD: secret("ALERTMANAGER_WEBHOOK_PASSWORD"),
  /** Comma-separated, so a rotation can accept the old and the new secret for a while. */
  PAGERDUTY_WEBHOOK_SECRETS: z.string().min(1).optional(),
  DATADOG_WEBHOOK_SECRET: secret("DATADOG_WEBHOOK_SECRET"),
  SENTRY_CLIENT_SECRET: secret("SENTRY_CLIENT_SECRET"),
  GRAFANA_WEBHOOK_SECRET: secret("GRAFANA_WEBHOOK_SECRET"),
});

export function parseMonitoringConfig(env: RawEnv): MonitoringConfig {
  const e = parseEnv("monitoring", MonitoringEnv, env);
  if (Boolean(e.ALERTMANAGER_WEBHOOK_USERNAME) !== Boolean(e.ALERTMANAGER_WEBHOOK_PASSWORD)) {
    throw new Error(
      "Invalid monitoring configuration: set both ALERTMANAGER_WEBHOOK_USERNAME and ALERTMANAGER_WEBHOOK_PASSWORD, or neither",
    );
  }
  const pagerduty = e.PAGERDUTY_WEBHOOK_SECRETS?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    alertmanager: {
      bearerToken: e.ALERTMANAGER_WEBHOOK_TOKEN,
      basicAuth:
        e.ALERTMANAGER_WEBHOOK_USERNAME && e.ALERTMANAGER_WEBHOOK_PASSWORD
          ? { username: e.ALERTMANAGER_WEBHOOK_USERNAME, password: e.ALERTMANAGER_WEBHOOK_PASSWORD }
          : undefined,
    },
    pagerduty: pagerduty?.length ? pagerduty : undefined,
    datadog: e.DATADOG_WEBHOOK_SECRET,
    sentry: e.SENTRY_CLIENT_SECRET,
    grafana: e.GRAFANA_WEBHOOK_SECRET,
  };
}
