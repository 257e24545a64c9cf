import type { AlertSource } from "#core/alerts/model";
import { createAlertmanagerSource } from "./alertmanager";
import type { AlertmanagerAuth } from "./alertmanager/signature";
import { createDatadogSource } from "./datadog";
import { createGrafanaSource } from "./grafana";
import { createPagerDutySource } from "./pagerduty";
import { createSentrySource } from "./sentry";
import type { MonitoringSource } from "./source";

/** The secrets each monitoring webhook is checked with; a source without them stays off (404). */
export interface MonitoringConfig {
  alertmanager?: AlertmanagerAuth;
  pagerduty?: string[];
  datadog?: string;
  sentry?: string;
  grafana?: string;
}

/** The enabled monitoring sources, by name. */
export function createMonitoringSources(config: MonitoringConfig): Partial<Record<AlertSource, MonitoringSource>> {
  const out: Partial<Record<AlertSource, MonitoringSource>> = {};
  if (config.alertmanager && (config.alertmanager.bearerToken || config.alertmanager.basicAuth))
    out.alertmanager = createAlertmanagerSource(config.alertmanager);
  if (config.pagerduty?.length) out.pagerduty = createPagerDutySource(config.pagerduty);
  if (config.datadog) out.datadog = createDatadogSource(config.datadog);
  if (config.sentry) out.sentry = createSentrySource(config.sentry);
  if (config.grafana) out.grafana = createGrafanaSource(config.grafana);
  return out;
}

export type { MonitoringSource } from "./source";
