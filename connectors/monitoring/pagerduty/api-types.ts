import { z } from "zod";

const Reference = z.object({
  id: z.string(),
  type: z.string(),
  summary: z.string().optional(),
  self: z.string().nullish(),
  html_url: z.string().nullish(),
});

/** The incident object inside a PagerDuty v3 webhook event (`event.data`). */
export const PagerDutyIncident = z.object({
  id: z.string(),
  type: z.literal("incident"),
  html_url: z.string().optional(),
  number: z.number().int().optional(),
  status: z.string(),
  incident_key: z.string().nullish(),
  created_at: z.string(),
  title: z.string(),
  service: Reference,
  urgency: z.enum(["high", "low"]).optional(),
  priority: Reference.nullish(),
  teams: z.array(Reference).optional(),
});

/** A PagerDuty v3 webhook delivery: one event per request. */
export const PagerDutyWebhook = z.object({
  event: z.object({
    id: z.string().min(1),
    event_type: z.string(),
    resource_type: z.string(),
    occurred_at: z.string(),
    agent: Reference.nullish(),
    client: z.object({ name: z.string() }).nullish(),
    data: z.record(z.string(), z.unknown()),
  }),
});
export type PagerDutyWebhook = z.infer<typeof PagerDutyWebhook>;

/** Incident events that say whether the incident is firing; others (annotated, reassigned, …) carry no alert state. */
export const incidentStates: Record<string, "firing" | "resolved"> = {
  "incident.triggered": "firing",
  "incident.acknowledged": "firing",
  "incident.unacknowledged": "firing",
  "incident.reopened": "firing",
  "incident.resolved": "resolved",
};
