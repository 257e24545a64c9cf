/** Sentry integration-platform webhook bodies, shaped like the examples in Sentry's webhook docs. */
const installation = { uuid: "7a485448-a9e2-4c85-8a3c-4f44175783c9" };
const actor = { type: "application", id: "sentry", name: "Sentry" };

export function sentryMetricAlert(o: {
  action: "critical" | "warning" | "resolved";
  alertId?: string;
  project?: string;
  startedAt: string;
  closedAt?: string;
}) {
  return {
    action: o.action,
    installation,
    actor,
    data: {
      metric_alert: {
        id: o.alertId ?? "4711",
        identifier: o.alertId ?? "4711",
        organization_id: "5",
        projects: [o.project ?? "checkout"],
        alert_rule: {
          id: "93",
          name: "Checkout error rate",
          organization_id: "5",
          status: 0,
          query: "event.type:error",
          aggregate: "count()",
          time_window: 5,
          resolution: 1,
          threshold_period: 1,
          triggers: [],
          projects: [o.project ?? "checkout"],
          owner: null,
          date_modified: "2026-10-01T08:00:00Z",
          date_created: "2026-10-01T08:00:00Z",
          created_by: {},
          dataset: "events",
        },
        activities: null,
        status: o.action === "resolved" ? 0 : o.action === "critical" ? 20 : 10,
        status_method: 1,
        type: 2,
        title: "Checkout error rate",
        date_started: o.startedAt,
        date_detected: o.startedAt,
        date_added: o.startedAt,
        date_closed: o.closedAt ?? null,
      },
      description_text: "1204 events in the last 5 minutes",
      description_title: `${o.action === "resolved" ? "Resolved" : o.action === "critical" ? "Critical" : "Warning"}: Checkout error rate`,
      web_url: `https://acme.sentry.io/organizations/acme/alerts/rules/details/93/?alert=${o.alertId ?? "4711"}`,
    },
  };
}

export function sentryEventAlert(o: { issueId: string; datetime: string; level?: string; environment?: string }) {
  return {
    action: "triggered",
    installation,
    actor,
    data: {
      event: {
        event_id: "a1b2c3d4e5f60718293a4b5c6d7e8f90",
        issue_id: o.issueId,
        project: 2,
        issue_url: `https://acme.sentry.io/api/0/issues/${o.issueId}/`,
        url: `https://acme.sentry.io/api/0/projects/acme/checkout/events/a1b2c3d4e5f60718293a4b5c6d7e8f90/`,
        web_url: `https://acme.sentry.io/organizations/acme/issues/${o.issueId}/events/a1b2c3d4e5f60718293a4b5c6d7e8f90/`,
        title: "PaymentGatewayError: upstream returned 502",
        culprit: "checkout/submit",
        level: o.level ?? "error",
        platform: "node",
        datetime: o.datetime,
        tags: [
          ["environment", o.environment ?? "production"],
          ["level", o.level ?? "error"],
          ["service", "checkout"],
        ],
      },
      triggered_rule: "Checkout errors page on-call",
      issue_alert: { title: "Checkout errors page on-call", settings: [], legacy_id: 12, id: 12 },
    },
  };
}

export function sentryIssue(o: {
  action: "created" | "resolved" | "assigned" | "unresolved";
  issueId: string;
  firstSeen: string;
}) {
  return {
    action: o.action,
    installation,
    actor: { type: "user", id: 1, name: "Ana Commander" },
    data: {
      issue: {
        id: o.issueId,
        shortId: "CHECKOUT-2G",
        title: "PaymentGatewayError: upstream returned 502",
        culprit: "checkout/submit",
        level: "error",
        status: o.action === "resolved" ? "resolved" : "unresolved",
        statusDetails: {},
        isPublic: false,
        platform: "node",
        project: { id: "2", name: "checkout", slug: "checkout", platform: "node" },
        type: "error",
        metadata: {},
        numComments: 0,
        assignedTo: null,
        isBookmarked: false,
        isSubscribed: false,
        hasSeen: false,
        annotations: [],
        isUnhandled: true,
        count: "412",
        userCount: 96,
        firstSeen: o.firstSeen,
        lastSeen: o.firstSeen,
      },
    },
  };
}
