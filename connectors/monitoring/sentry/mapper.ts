import type { z } from "zod";
import { hintFromWord } from "#core/alerts/mapping";
import type { AlertSignal } from "#core/alerts/model";
import type { SentryEventAlert, SentryIssue, SentryMetricAlert } from "./api-types";

const date = (value: string | null | undefined, fallback: Date) => {
  const d = value ? new Date(value) : fallback;
  return Number.isNaN(d.getTime()) ? fallback : d;
};

/** An issue alert: the Sentry issue is the fingerprint, so the issue's own webhook resolves it. */
export function signalFromEventAlert(body: z.infer<typeof SentryEventAlert>, now: Date): AlertSignal {
  const e = body.data.event;
  const labels = Object.fromEntries(e.tags);
  if (e.level) labels.level = e.level;
  labels.rule = body.data.triggered_rule;
  return {
    source: "sentry",
    fingerprint: `issue:${e.issue_id}`,
    status: "firing",
    title: e.title.slice(0, 300),
    labels,
    severityHint: hintFromWord(e.level),
    startsAt: date(e.datetime, now),
    endsAt: null,
    url: e.web_url ?? null,
    groupKey: null,
  };
}

/** A metric alert: one fingerprint per alert incident (critical, then resolved). */
export function signalFromMetricAlert(body: z.infer<typeof SentryMetricAlert>, now: Date): AlertSignal {
  const m = body.data.metric_alert;
  const resolved = body.action === "resolved";
  return {
    source: "sentry",
    fingerprint: `metric:${m.id}`,
    status: resolved ? "resolved" : "firing",
    title: body.data.description_title.slice(0, 300),
    labels: { project: m.projects[0] ?? "", rule: m.alert_rule.name },
    severityHint: resolved ? null : body.action === "critical" ? "critical" : "warning",
    startsAt: date(m.date_started, now),
    endsAt: resolved ? date(m.date_closed, now) : null,
    url: body.data.web_url ?? null,
    groupKey: `rule:${m.alert_rule.id}`,
  };
}

const issueStates: Record<string, "firing" | "resolved"> = {
  created: "firing",
  unresolved: "firing",
  resolved: "resolved",
  archived: "resolved",
  ignored: "resolved",
};

/** An issue event; assignments and other actions carry no alert state. */
export function signalFromIssue(body: z.infer<typeof SentryIssue>, now: Date): AlertSignal[] {
  const status = issueStates[body.action];
  if (!status) return [];
  const i = body.data.issue;
  return [
    {
      source: "sentry",
      fingerprint: `issue:${i.id}`,
      status,
      title: i.title.slice(0, 300),
      labels: { project: i.project.slug, ...(i.level ? { level: i.level } : {}) },
      severityHint: hintFromWord(i.level),
      startsAt: date(i.firstSeen, now),
      endsAt: status === "resolved" ? now : null,
      url: i.web_url ?? null,
      groupKey: null,
    },
  ];
}
