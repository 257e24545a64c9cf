import { z } from "zod";

const Installation = z.object({ uuid: z.string() }).optional();
const Actor = z.object({ type: z.string(), id: z.union([z.string(), z.number()]), name: z.string() }).optional();

/** `Sentry-Hook-Resource: event_alert`: an issue alert rule fired on an event. */
export const SentryEventAlert = z.object({
  action: z.literal("triggered"),
  installation: Installation,
  actor: Actor,
  data: z.object({
    event: z.object({
      event_id: z.string(),
      issue_id: z.union([z.string(), z.number()]).transform(String),
      title: z.string(),
      level: z.string().optional(),
      web_url: z.string().optional(),
      datetime: z.string().optional(),
      tags: z.array(z.tuple([z.string(), z.string()])).default([]),
    }),
    triggered_rule: z.string(),
  }),
});

/** `Sentry-Hook-Resource: metric_alert`: a metric alert went critical, warning or resolved. */
export const SentryMetricAlert = z.object({
  action: z.enum(["critical", "warning", "resolved"]),
  installation: Installation,
  actor: Actor,
  data: z.object({
    metric_alert: z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      projects: z.array(z.string()).default([]),
      alert_rule: z.object({ id: z.union([z.string(), z.number()]).transform(String), name: z.string() }),
      date_started: z.string().optional(),
      date_closed: z.string().nullish(),
    }),
    description_title: z.string(),
    description_text: z.string().optional(),
    web_url: z.string().optional(),
  }),
});

/** `Sentry-Hook-Resource: issue`: an issue was created, resolved, assigned, archived or unresolved. */
export const SentryIssue = z.object({
  action: z.string(),
  installation: Installation,
  actor: Actor,
  data: z.object({
    issue: z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      title: z.string(),
      level: z.string().optional(),
      status: z.string(),
      firstSeen: z.string().optional(),
      web_url: z.string().optional(),
      project: z.object({ slug: z.string(), name: z.string().optional() }),
    }),
  }),
});

export const sentryResources = ["event_alert", "metric_alert", "issue"] as const;
export type SentryResource = (typeof sentryResources)[number];
