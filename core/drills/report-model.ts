import type { IncidentPhase, Severity, UpdateKind } from "../incidents/model";

export const missKinds = [
  "first_update_late",
  "update_late",
  "update_overdue",
  "approval_late",
  "not_resolved",
  "summary_missing",
] as const;
export type MissKind = (typeof missKinds)[number];

export interface UpdateTiming {
  updateId: string;
  kind: UpdateKind;
  phase: IncidentPhase;
  at: Date;
  /** When the policy wanted it: first-update deadline, cadence after the previous one, or the summary deadline. */
  dueAt: Date | null;
  lateMinutes: number;
}

export interface ApprovalTiming {
  draftId: string;
  kind: string;
  required: string[];
  submittedAt: Date | null;
  /** The last required sign-off on the draft's current version; null while one is missing. */
  approvedAt: Date | null;
  latencyMinutes: number | null;
  /** The update deadline in force when the draft was submitted. */
  deadlineAt: Date | null;
  late: boolean;
}

export interface Miss {
  kind: MissKind;
  detail: string;
  /** The deadline that was missed. */
  dueAt: Date | null;
  lateMinutes: number | null;
}

/** A drill measured against the policy it was declared under. */
export interface DrillReport {
  incidentId: string;
  title: string;
  severity: Severity;
  phase: IncidentPhase;
  policyVersion: number;
  detectedAt: Date;
  declaredAt: Date;
  resolvedAt: Date | null;
  generatedAt: Date;
  firstUpdate: { at: Date | null; minutes: number | null; deadlineMinutes: number | null; onTime: boolean | null };
  updates: UpdateTiming[];
  approvals: ApprovalTiming[];
  misses: Miss[];
  /** Captured sends per `port/channel`, e.g. `delivery/email`, `internal_alert/slack`, `crm/salesforce`. */
  captures: { total: number; byChannel: Record<string, number> };
}
