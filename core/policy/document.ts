import { z } from "zod";
import { defaultMonitoringPolicy, MonitoringPolicy } from "../alerts/settings";
import { defaultGuardrailConfig, GuardrailConfig } from "../guardrails/rules";
import { IncidentCategory, Severity } from "../incidents/model";
import { defaultSeverityMatrix, SeverityMatrix } from "./severity-matrix";
import { defaultPeakHours, PeakHours } from "./suggest-severity";

export const approverRoles = ["legal", "pr", "exec"] as const;
export const ApproverRole = z.enum(approverRoles);
export type ApproverRole = z.infer<typeof ApproverRole>;

/** A rule that requires sign-off: it applies when every condition it names matches. */
export const ApprovalRule = z.strictObject({
  severities: z.array(Severity).optional(),
  categories: z.array(IncidentCategory).optional(),
  require: z.array(ApproverRole).min(1),
});
export type ApprovalRule = z.infer<typeof ApprovalRule>;

export const Blackout = z.strictObject({
  name: z.string(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
});

export const PolicyDocument = z.strictObject({
  severities: SeverityMatrix,
  approvals: z.array(ApprovalRule),
  guardrails: GuardrailConfig,
  peakHours: PeakHours,
  sms: z.strictObject({ maxSegments: z.number().int().min(1).max(10) }),
  extendedOutage: z.strictObject({
    /** With no ETA after this long, the cadence tightens and executives are escalated to. */
    afterMinutes: z.number().int().positive().max(525_600),
    cadenceMinutes: z.number().int().positive().max(525_600),
  }),
  /** Windows when non-critical internal pings are held; customer updates are never held. */
  blackouts: z.array(Blackout),
  /** Tiers whose help-desk tickets always stay with a human (no automatic public reply). */
  humanOnlyTiers: z.array(z.string()),
  /** SMS subscribers are added by admins or imported from the CRM unless this opens public sign-up. */
  publicSmsSignup: z.boolean().default(false),
  /** Monitoring alerts: mapping rules, flapping and grouping windows, auto-confirm per severity. */
  monitoring: MonitoringPolicy.default(defaultMonitoringPolicy),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;

export const defaultPolicy: PolicyDocument = {
  severities: defaultSeverityMatrix,
  approvals: [
    { severities: ["P1"], require: ["legal", "exec"] },
    { categories: ["security"], require: ["legal", "exec"] },
    { severities: ["P2"], require: ["pr"] },
  ],
  guardrails: defaultGuardrailConfig,
  peakHours: defaultPeakHours,
  sms: { maxSegments: 2 },
  extendedOutage: { afterMinutes: 240, cadenceMinutes: 15 },
  blackouts: [],
  humanOnlyTiers: ["strategic", "enterprise"],
  publicSmsSignup: false,
  monitoring: defaultMonitoringPolicy,
};

/** A stored policy version; version 0 is the built-in default, in force until one is saved. */
export interface ActivePolicy {
  version: number;
  document: PolicyDocument;
}
export const builtInPolicy: ActivePolicy = { version: 0, document: defaultPolicy };

/** The approvals an update needs: the union of every matching rule. Maintenance needs none unless a rule names it. */
export function requiredApprovals(
  policy: PolicyDocument,
  severity: Severity,
  category: IncidentCategory,
): ApproverRole[] {
  const needed = new Set<ApproverRole>();
  for (const rule of policy.approvals) {
    if (rule.severities && !rule.severities.includes(severity)) continue;
    if (rule.categories && !rule.categories.includes(category)) continue;
    if (!rule.severities && !rule.categories) continue;
    for (const r of rule.require) needed.add(r);
  }
  return approverRoles.filter((r) => needed.has(r));
}

/** Validates a policy document, with errors that point at the exact field. */
export function parsePolicy(
  input: unknown,
): { ok: true; policy: PolicyDocument } | { ok: false; errors: { path: string; message: string }[] } {
  const result = PolicyDocument.safeParse(input);
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, errors: result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
}
