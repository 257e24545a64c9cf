import { z } from "zod";

/**
 * The custom payload Liaison asks Datadog's Webhooks integration to send (see the README): each
 * value is a Datadog template variable ($ID, $ALERT_ID, $ALERT_TRANSITION, …), so all are strings.
 */
export const DatadogWebhook = z.object({
  id: z.string().min(1),
  alert_id: z.string().min(1),
  alert_transition: z.string().min(1),
  alert_title: z.string().min(1),
  alert_scope: z.string().default(""),
  alert_priority: z.string().default(""),
  alert_type: z.string().default(""),
  alert_cycle_key: z.string().default(""),
  tags: z.string().default(""),
  date: z.string().default(""),
  link: z.string().default(""),
  hostname: z.string().default(""),
  org_id: z.string().default(""),
});
export type DatadogWebhook = z.infer<typeof DatadogWebhook>;

/**
 * $ALERT_TRANSITION values that end an alert; every other transition (Triggered, Re-Triggered,
 * Warn, No Data, …) means it fires.
 */
export const recoveredTransitions = ["Recovered"];
