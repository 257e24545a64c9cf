import { z } from "zod";
import type { Severity } from "../incidents/model";

export const alertSources = ["alertmanager", "pagerduty", "datadog", "sentry", "grafana"] as const;
export const AlertSource = z.enum(alertSources);
export type AlertSource = z.infer<typeof AlertSource>;

/** How loud the monitoring tool says an alert is, in one vocabulary across vendors. */
export const severityHints = ["critical", "warning", "info"] as const;
export const SeverityHint = z.enum(severityHints);
export type SeverityHint = z.infer<typeof SeverityHint>;

/** The impact inputs a signal contributes to a candidate's suggested severity (see core/policy/suggest-severity). */
export const SignalImpact = z.strictObject({
  customersAffectedPercent: z.number().min(0).max(100).optional(),
  coreFunctionDown: z.boolean().optional(),
  dataLossRisk: z.boolean().optional(),
  securityExposure: z.boolean().optional(),
  workaroundExists: z.boolean().optional(),
  cosmeticOnly: z.boolean().optional(),
});
export type SignalImpact = z.infer<typeof SignalImpact>;

/**
 * One alert as a connector maps it from a vendor payload: the same shape for every source.
 * `fingerprint` identifies the alert across firing and resolved notifications.
 */
export const AlertSignal = z.object({
  source: AlertSource,
  fingerprint: z.string().min(1).max(200),
  status: z.enum(["firing", "resolved"]),
  title: z.string().min(1).max(300),
  /** Labels or tags, flattened to strings; mapping rules match on them. */
  labels: z.record(z.string(), z.string()),
  severityHint: SeverityHint.nullable(),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  url: z.string().nullable(),
  /** Vendor grouping (Alertmanager groupKey, PagerDuty incident), so one notification's alerts stay together. */
  groupKey: z.string().nullable(),
});
export type AlertSignal = z.infer<typeof AlertSignal>;

/** A signal as stored: which candidate it belongs to and how often it flapped. */
export interface StoredSignal {
  /** `source:fingerprint`. */
  key: string;
  source: AlertSource;
  fingerprint: string;
  candidateId: string;
  status: "firing" | "resolved";
  title: string;
  labels: Record<string, string>;
  severityHint: SeverityHint | null;
  /** Impact inputs from the mapping, used for the candidate's suggested severity. */
  impact: SignalImpact;
  components: string[];
  regions: string[];
  url: string | null;
  groupKey: string | null;
  firstFiredAt: Date;
  lastChangeAt: Date;
  resolvedAt: Date | null;
  /** Times it fired again within the flapping window after resolving. */
  flaps: number;
}

export const candidateStatuses = ["open", "confirmed", "declined"] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

/**
 * A possible incident built from alert signals. Internal only: nothing about it reaches
 * customers until a commander confirms it (which declares an incident).
 */
export interface Candidate {
  id: string;
  status: CandidateStatus;
  title: string;
  sources: AlertSource[];
  components: string[];
  regions: string[];
  /** `source|groupKey` of its signals, so later alerts of the same vendor group join it. */
  groupKeys: string[];
  suggestedSeverity: Severity;
  reasons: string[];
  firstSignalAt: Date;
  lastSignalAt: Date;
  firing: number;
  total: number;
  incidentId: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  declineReason: string | null;
  /** When every signal of a confirmed candidate had resolved; the commander was prompted then. */
  allResolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const groupKeyOf = (s: Pick<AlertSignal, "source" | "groupKey">) =>
  s.groupKey ? `${s.source}|${s.groupKey}` : null;

export const signalKey = (s: Pick<AlertSignal, "source" | "fingerprint">) => `${s.source}:${s.fingerprint}`;
