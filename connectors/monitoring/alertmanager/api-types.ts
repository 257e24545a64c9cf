import { z } from "zod";

const Labels = z.record(z.string(), z.string());

/** One alert in an Alertmanager webhook notification. */
export const AlertmanagerAlert = z.object({
  status: z.enum(["firing", "resolved"]),
  labels: Labels,
  annotations: Labels.default({}),
  startsAt: z.string(),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().min(1),
});
export type AlertmanagerAlert = z.infer<typeof AlertmanagerAlert>;

/** Alertmanager's webhook_config body, version 4: one notification per alert group. */
export const AlertmanagerWebhook = z.object({
  version: z.literal("4"),
  groupKey: z.string(),
  truncatedAlerts: z.number().int().nonnegative().default(0),
  status: z.enum(["firing", "resolved"]),
  receiver: z.string(),
  groupLabels: Labels.default({}),
  commonLabels: Labels.default({}),
  commonAnnotations: Labels.default({}),
  externalURL: z.string().optional(),
  alerts: z.array(AlertmanagerAlert).max(1000),
});
export type AlertmanagerWebhook = z.infer<typeof AlertmanagerWebhook>;
