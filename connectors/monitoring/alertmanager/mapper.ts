import type { AlertSignal, AlertSource } from "#core/alerts/model";
import { parseEnd } from "../source";
import type { AlertmanagerAlert } from "./api-types";

/**
 * One alert of an Alertmanager-shaped notification (Alertmanager, and Grafana's unified alerting,
 * which sends the same alert objects) as a signal. Labels win over the group's common labels.
 */
export function signalFromAlert(
  source: AlertSource,
  alert: AlertmanagerAlert,
  group: { groupKey: string; commonLabels: Record<string, string> },
): AlertSignal {
  const labels = { ...group.commonLabels, ...alert.labels };
  const startsAt = new Date(alert.startsAt);
  return {
    source,
    fingerprint: alert.fingerprint,
    status: alert.status,
    title: (alert.annotations.summary ?? labels.alertname ?? alert.fingerprint).slice(0, 300),
    labels,
    severityHint: null,
    startsAt: Number.isNaN(startsAt.getTime()) ? new Date(0) : startsAt,
    endsAt: alert.status === "resolved" ? parseEnd(alert.endsAt) : null,
    url: alert.generatorURL || null,
    groupKey: group.groupKey,
  };
}
