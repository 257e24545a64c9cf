import type { AlertmanagerWebhook } from "./api-types";

/**
 * Alertmanager webhook_config bodies (payload version 4), shaped like the Prometheus docs' example:
 * one notification per alert group, each alert with its labels, annotations and fingerprint.
 */
export interface AlertFixture {
  alertname: string;
  fingerprint: string;
  status?: "firing" | "resolved";
  labels?: Record<string, string>;
  summary?: string;
  startsAt?: string;
  endsAt?: string;
}

export function alertmanagerNotification(
  alerts: AlertFixture[],
  o: { receiver?: string; groupBy?: string } = {},
): AlertmanagerWebhook {
  const groupBy = o.groupBy ?? "service";
  const all = alerts.map((a) => ({
    status: a.status ?? "firing",
    labels: {
      alertname: a.alertname,
      job: "checkout-api",
      instance: "10.0.3.17:9100",
      severity: "critical",
      ...a.labels,
    } as Record<string, string>,
    annotations: {
      summary: a.summary ?? `${a.alertname} firing`,
      description: `${a.alertname} has been above its threshold for 5 minutes.`,
      runbook_url: "https://runbooks.acme.test/checkout",
    },
    startsAt: a.startsAt ?? "2026-11-21T21:58:00.000Z",
    endsAt: a.endsAt ?? "0001-01-01T00:00:00Z",
    generatorURL: `http://prometheus.acme.internal:9090/graph?g0.expr=${encodeURIComponent(a.alertname)}&g0.tab=1`,
    fingerprint: a.fingerprint,
  }));
  const group = all[0]?.labels[groupBy] ?? "";
  return {
    receiver: o.receiver ?? "liaison",
    status: all.some((a) => a.status === "firing") ? "firing" : "resolved",
    alerts: all,
    groupLabels: { [groupBy]: group },
    commonLabels: { [groupBy]: group, job: "checkout-api" },
    commonAnnotations: {},
    externalURL: "http://alertmanager.acme.internal:9093",
    version: "4",
    groupKey: `{}/{severity="critical"}:{${groupBy}="${group}"}`,
    truncatedAlerts: 0,
  };
}

/** The example notification from the Alertmanager docs' webhook section, as a raw string. */
export const documentedExample = JSON.stringify({
  receiver: "webhook",
  status: "firing",
  alerts: [
    {
      status: "firing",
      labels: { alertname: "Test", dc: "eu-west-1", instance: "localhost:9090", job: "prometheus24" },
      annotations: { description: "some description" },
      startsAt: "2018-08-03T09:52:26.739266876+02:00",
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://example.com:9090/graph?g0.expr=go_memstats_alloc_bytes+%3E+0&g0.tab=1",
      fingerprint: "7a9b1c6ee2f4d810",
    },
  ],
  groupLabels: { alertname: "Test", job: "prometheus24" },
  commonLabels: { alertname: "Test", dc: "eu-west-1", instance: "localhost:9090", job: "prometheus24" },
  commonAnnotations: { description: "some description" },
  externalURL: "http://example.com:9093",
  version: "4",
  groupKey: '{}:{alertname="Test", job="prometheus24"}',
  truncatedAlerts: 0,
});
