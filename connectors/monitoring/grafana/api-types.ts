import { z } from "zod";
import { AlertmanagerAlert } from "../alertmanager/api-types";

const Labels = z.record(z.string(), z.string());

/** One alert of a Grafana notification: Alertmanager's alert plus Grafana's links and values. */
export const GrafanaAlert = AlertmanagerAlert.extend({
  silenceURL: z.string().optional(),
  dashboardURL: z.string().optional(),
  panelURL: z.string().optional(),
  values: z.record(z.string(), z.number()).nullish(),
  valueString: z.string().optional(),
});

/** Grafana unified alerting's webhook contact point body (version "1"). */
export const GrafanaWebhook = z.object({
  receiver: z.string(),
  status: z.enum(["firing", "resolved"]),
  orgId: z.number().int(),
  alerts: z.array(GrafanaAlert).max(1000),
  groupLabels: Labels.default({}),
  commonLabels: Labels.default({}),
  commonAnnotations: Labels.default({}),
  externalURL: z.string().optional(),
  version: z.string(),
  groupKey: z.string(),
  truncatedAlerts: z.number().int().nonnegative().default(0),
  title: z.string().optional(),
  state: z.string().optional(),
  message: z.string().optional(),
});
export type GrafanaWebhook = z.infer<typeof GrafanaWebhook>;
