import type { GrafanaWebhook } from "./api-types";

/** A Grafana unified-alerting webhook body, shaped like the example in Grafana's webhook notifier docs. */
export function grafanaNotification(
  alerts: { alertname: string; fingerprint: string; status?: "firing" | "resolved"; labels?: Record<string, string> }[],
): GrafanaWebhook {
  const all = alerts.map((a) => ({
    status: a.status ?? "firing",
    labels: { alertname: a.alertname, grafana_folder: "Checkout", team: "payments", ...a.labels },
    annotations: {
      description: `${a.alertname}: error ratio above 5% for 5m`,
      runbook_url: "https://runbooks.acme.test/checkout",
      summary: `${a.alertname} in ${a.labels?.region ?? "eu-west-1"}`,
    },
    startsAt: "2026-11-21T21:57:00Z",
    endsAt: a.status === "resolved" ? "2026-11-21T22:20:00Z" : "0001-01-01T00:00:00Z",
    generatorURL: "https://grafana.acme.test/alerting/grafana/cdz7k2/view",
    fingerprint: a.fingerprint,
    silenceURL: `https://grafana.acme.test/alerting/silence/new?alertmanager=grafana&matcher=alertname%3D${encodeURIComponent(a.alertname)}`,
    dashboardURL: "https://grafana.acme.test/d/checkout",
    panelURL: "https://grafana.acme.test/d/checkout?viewPanel=4",
    values: { B: 0.071, C: 1 },
    valueString: "[ var='B' labels={} value=0.071 ], [ var='C' labels={} value=1 ]",
  }));
  const firing = all.filter((a) => a.status === "firing").length;
  return {
    receiver: "Liaison",
    status: firing ? "firing" : "resolved",
    orgId: 1,
    alerts: all,
    groupLabels: { alertname: all[0]!.labels.alertname },
    commonLabels: { team: "payments" },
    commonAnnotations: {},
    externalURL: "https://grafana.acme.test/",
    version: "1",
    groupKey: `{}/{team="payments"}:{alertname="${all[0]!.labels.alertname}"}`,
    truncatedAlerts: 0,
    title: `[${firing ? "FIRING" : "RESOLVED"}:${all.length}] ${all[0]!.labels.alertname}`,
    state: firing ? "alerting" : "ok",
    message: `**${firing ? "Firing" : "Resolved"}**\n\nValue: B=0.071, C=1`,
  };
}
