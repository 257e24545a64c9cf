import type { AlertSignal } from "#core/alerts/model";
import { incidentStates, PagerDutyIncident, type PagerDutyWebhook } from "./api-types";

/** A PagerDuty incident event as a signal; the PagerDuty incident id is the fingerprint. */
export function signalsFromPagerDuty(body: PagerDutyWebhook): AlertSignal[] {
  const status = incidentStates[body.event.event_type];
  if (!status || body.event.resource_type !== "incident") return [];
  const incident = PagerDutyIncident.safeParse(body.event.data);
  if (!incident.success) return [];
  const i = incident.data;
  const labels: Record<string, string> = { service: i.service.summary ?? i.service.id, service_id: i.service.id };
  if (i.urgency) labels.urgency = i.urgency;
  if (i.priority?.summary) labels.priority = i.priority.summary;
  if (i.teams?.[0]?.summary) labels.team = i.teams[0].summary;
  const occurred = new Date(body.event.occurred_at);
  return [
    {
      source: "pagerduty",
      fingerprint: i.id,
      status,
      title: i.title.slice(0, 300),
      labels,
      severityHint: null,
      startsAt: new Date(i.created_at),
      endsAt: status === "resolved" ? occurred : null,
      url: i.html_url ?? null,
      groupKey: i.incident_key ?? null,
    },
  ];
}
