import type { PagerDutyWebhook } from "./api-types";

/** A PagerDuty v3 incident webhook event, shaped like the example in PagerDuty's webhook docs. */
export function pagerDutyEvent(o: {
  eventId: string;
  type: "incident.triggered" | "incident.acknowledged" | "incident.resolved" | "incident.annotated";
  incidentId?: string;
  occurredAt: string;
  title?: string;
  service?: string;
  urgency?: "high" | "low";
  priority?: string;
}): PagerDutyWebhook {
  const incidentId = o.incidentId ?? "Q2X7RQ2KJ7VFL1";
  const status =
    o.type === "incident.resolved" ? "resolved" : o.type === "incident.acknowledged" ? "acknowledged" : "triggered";
  return {
    event: {
      id: o.eventId,
      event_type: o.type,
      resource_type: "incident",
      occurred_at: o.occurredAt,
      agent: {
        html_url: "https://acme.pagerduty.com/users/PLH1HKV",
        id: "PLH1HKV",
        self: "https://api.pagerduty.com/users/PLH1HKV",
        summary: "On-call Engineer",
        type: "user_reference",
      },
      client: null,
      data: {
        id: incidentId,
        type: "incident",
        self: `https://api.pagerduty.com/incidents/${incidentId}`,
        html_url: `https://acme.pagerduty.com/incidents/${incidentId}`,
        number: 2841,
        status,
        incident_key: "checkout-5xx-eu",
        created_at: "2026-11-21T21:58:30Z",
        title: o.title ?? "Checkout API 5xx ratio above 5%",
        service: {
          html_url: "https://acme.pagerduty.com/services/PF9KMXH",
          id: "PF9KMXH",
          self: "https://api.pagerduty.com/services/PF9KMXH",
          summary: o.service ?? "Checkout",
          type: "service_reference",
        },
        assignees: [
          {
            html_url: "https://acme.pagerduty.com/users/PTUXL6G",
            id: "PTUXL6G",
            self: "https://api.pagerduty.com/users/PTUXL6G",
            summary: "User 123",
            type: "user_reference",
          },
        ],
        escalation_policy: {
          html_url: "https://acme.pagerduty.com/escalation_policies/PUS0KTE",
          id: "PUS0KTE",
          self: "https://api.pagerduty.com/escalation_policies/PUS0KTE",
          summary: "Default",
          type: "escalation_policy_reference",
        },
        teams: [
          {
            html_url: "https://acme.pagerduty.com/teams/PFCVPS0",
            id: "PFCVPS0",
            self: "https://api.pagerduty.com/teams/PFCVPS0",
            summary: "Payments",
            type: "team_reference",
          },
        ],
        priority: o.priority
          ? {
              html_url: "https://acme.pagerduty.com/account/incident_priorities",
              id: "PSO75BM",
              self: "https://api.pagerduty.com/priorities/PSO75BM",
              summary: o.priority,
              type: "priority_reference",
            }
          : null,
        urgency: o.urgency ?? "high",
        conference_bridge: { conference_number: "+1 1234123412,,987654321#", conference_url: "https://example.com" },
        resolve_reason: null,
      },
    },
  };
}
