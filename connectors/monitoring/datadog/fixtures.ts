import type { DatadogWebhook } from "./api-types";

/** The JSON payload template to paste into Datadog's webhook (Integrations → Webhooks); README shows it too. */
export const datadogPayloadTemplate = {
  id: "$ID",
  alert_id: "$ALERT_ID",
  alert_transition: "$ALERT_TRANSITION",
  alert_title: "$ALERT_TITLE",
  alert_scope: "$ALERT_SCOPE",
  alert_priority: "$ALERT_PRIORITY",
  alert_type: "$ALERT_TYPE",
  alert_cycle_key: "$ALERT_CYCLE_KEY",
  tags: "$TAGS",
  date: "$DATE_POSIX",
  link: "$LINK",
  hostname: "$HOSTNAME",
  org_id: "$ORG_ID",
};

/** That template as Datadog fills it in for a monitor notification. */
export function datadogNotification(o: {
  id: string;
  transition: "Triggered" | "Recovered" | "Warn" | "Re-Triggered";
  alertId?: string;
  scope?: string;
  tags?: string;
  priority?: string;
  dateMs: number;
}): DatadogWebhook {
  return {
    id: o.id,
    alert_id: o.alertId ?? "87431265",
    alert_transition: o.transition,
    alert_title: `[${o.transition}] Checkout p99 latency above 2s on ${o.scope ?? "region:eu-west-1"}`,
    alert_scope: o.scope ?? "region:eu-west-1",
    alert_priority: o.priority ?? "P2",
    alert_type: o.transition === "Recovered" ? "success" : o.transition === "Warn" ? "warning" : "error",
    alert_cycle_key: "7218826316442405913",
    tags: o.tags ?? "env:prod,service:checkout,region:eu-west-1,team:payments,monitor",
    date: String(o.dateMs),
    link: "https://app.datadoghq.eu/event/event?id=7218826316442405913",
    hostname: "",
    org_id: "1000042",
  };
}
