import { z } from "zod";
import { Severity } from "../incidents/model";
import { SeverityHint, SignalImpact } from "./model";

/**
 * A mapping rule: when every label it names matches (case-insensitive; a list means any of them,
 * "*" means present), the signal gets its component, region, severity hint and impact.
 */
export const AlertRule = z.strictObject({
  match: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
  component: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  severity: SeverityHint.optional(),
  impact: SignalImpact.optional(),
});
export type AlertRule = z.infer<typeof AlertRule>;

/** A candidate whose suggested severity is listed is confirmed at once, with this first notice. */
export const AutoConfirmRule = z.strictObject({
  severities: z.array(Severity).min(1),
  message: z.string().trim().min(1).max(5000).meta({ pattern: "\\S" }),
});

export const MonitoringPolicy = z.strictObject({
  rules: z.array(AlertRule).max(500),
  /** Labels read as the component, region and severity when no rule says otherwise, first found wins. */
  componentLabels: z.array(z.string()),
  regionLabels: z.array(z.string()),
  severityLabels: z.array(z.string()),
  /** What each severity hint means in impact inputs. */
  hintImpact: z.strictObject({ critical: SignalImpact, warning: SignalImpact, info: SignalImpact }),
  /** An alert that fires again this soon after resolving rejoins its candidate instead of raising a new one. */
  flapWindowMinutes: z.number().int().min(0).max(1440),
  /** Signals on the same components join a candidate whose last signal is this recent. */
  groupWindowMinutes: z.number().int().min(1).max(1440),
  autoConfirm: z.array(AutoConfirmRule).max(4),
});
export type MonitoringPolicy = z.infer<typeof MonitoringPolicy>;

export const defaultMonitoringPolicy: MonitoringPolicy = {
  rules: [],
  componentLabels: ["component", "service", "service_name", "project"],
  regionLabels: ["region", "zone", "dc"],
  severityLabels: ["severity", "priority", "level", "urgency"],
  hintImpact: {
    critical: { coreFunctionDown: true },
    warning: { customersAffectedPercent: 5 },
    info: { workaroundExists: true },
  },
  flapWindowMinutes: 30,
  groupWindowMinutes: 60,
  autoConfirm: [],
};
