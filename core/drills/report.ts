import type { Approval, Draft } from "../comms/model";
import type { Incident, Update } from "../incidents/model";
import { nextUpdateDueFor, summaryDueAt } from "../policy/cadence";
import type { PolicyDocument } from "../policy/document";
import type { Capture } from "./model";
import type { ApprovalTiming, DrillReport, Miss, UpdateTiming } from "./report-model";

const minute = 60_000;
const minutes = (ms: number) => Math.round((ms / minute) * 100) / 100;
const after = (d: Date, m: number) => new Date(d.getTime() + m * minute);
const lateBy = (at: Date, due: Date | null) => (due ? Math.max(0, minutes(at.getTime() - due.getTime())) : 0);

export interface DraftFacts {
  draft: Draft;
  approvals: Approval[];
  /** Required sign-off roles under the incident's policy. */
  required: string[];
  /** When it was last sent for sign-off, from the outbox's `draft.submitted` events. */
  submittedAt: Date | null;
}

export interface DrillFacts {
  incident: Incident;
  policy: PolicyDocument;
  drafts: DraftFacts[];
  captures: readonly Capture[];
  now: Date;
}

function updateTimings(incident: Incident, policy: PolicyDocument): UpdateTiming[] {
  const rule = policy.severities[incident.severity];
  const oldestFirst = [...incident.updates].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return oldestFirst.map((u, i) => {
    const dueAt = dueFor(incident, policy, u, oldestFirst[i - 1]);
    return {
      updateId: u.id,
      kind: u.kind,
      phase: u.phase,
      at: u.createdAt,
      dueAt,
      lateMinutes: lateBy(u.createdAt, dueAt),
    };
  });

  function dueFor(incident: Incident, policy: PolicyDocument, u: Update, previous: Update | undefined): Date | null {
    if (u.kind === "post_incident_summary") return summaryDueAt(incident, policy);
    if (!previous)
      return rule.firstUpdateWithinMinutes === null ? null : after(incident.detectedAt, rule.firstUpdateWithinMinutes);
    return rule.updateCadenceMinutes === null ? null : after(previous.createdAt, rule.updateCadenceMinutes);
  }
}

function approvalTiming(f: DraftFacts, incident: Incident, policy: PolicyDocument, now: Date): ApprovalTiming {
  const current = f.approvals.filter((a) => a.draftVersion === f.draft.version && a.decision !== "rejected");
  const signed = f.required.map((role) => current.find((a) => a.role === role)?.createdAt ?? null);
  const approvedAt = signed.some((s) => s === null)
    ? null
    : new Date(Math.max(...signed.map((s) => s!.getTime()), f.submittedAt?.getTime() ?? 0));
  const deadlineAt = deadlineAtSubmission(f, incident, policy);
  return {
    draftId: f.draft.id,
    kind: f.draft.content.kind,
    required: f.required,
    submittedAt: f.submittedAt,
    approvedAt,
    latencyMinutes: approvedAt && f.submittedAt ? minutes(approvedAt.getTime() - f.submittedAt.getTime()) : null,
    deadlineAt,
    late: deadlineAt !== null && (approvedAt ?? now) > deadlineAt,
  };
}

/**
 * When the update a draft was written for was due: the summary deadline, else the cadence after the last update
 * before it.
 */
function deadlineAtSubmission(f: DraftFacts, incident: Incident, policy: PolicyDocument): Date | null {
  if (f.draft.content.kind === "post_incident_summary") return summaryDueAt(incident, policy);
  if (!f.submittedAt) return null;
  const before = incident.updates.filter((u) => u.createdAt < f.submittedAt!);
  const cadence = policy.severities[incident.severity].updateCadenceMinutes;
  return before.length && cadence !== null ? after(before[0]!.createdAt, cadence) : null;
}

function misses(f: DrillFacts, updates: UpdateTiming[], approvals: ApprovalTiming[]): Miss[] {
  const { incident, policy, now } = f;
  const out: Miss[] = [];
  for (const [i, u] of updates.entries()) {
    if (!u.lateMinutes) continue;
    const kind = i === 0 ? "first_update_late" : "update_late";
    out.push({ kind, detail: `${u.kind} ${u.updateId} (${u.phase})`, dueAt: u.dueAt, lateMinutes: u.lateMinutes });
  }
  for (const a of approvals.filter((x) => x.late))
    out.push({
      kind: "approval_late",
      detail: `draft ${a.draftId} (${a.kind}) needed ${a.required.join(", ")}`,
      dueAt: a.deadlineAt,
      lateMinutes: lateBy(a.approvedAt ?? now, a.deadlineAt),
    });
  const due = nextUpdateDueFor(incident, policy, now);
  if (due && now > due)
    out.push({
      kind: "update_overdue",
      detail: "no update since the last deadline",
      dueAt: due,
      lateMinutes: lateBy(now, due),
    });
  if (incident.phase !== "resolved")
    out.push({ kind: "not_resolved", detail: "the drill was never resolved", dueAt: null, lateMinutes: null });
  const summaryDue = summaryDueAt(incident, policy);
  if (summaryDue && !incident.updates.some((u) => u.kind === "post_incident_summary"))
    out.push({
      kind: "summary_missing",
      detail: "the policy asks for a public post-incident summary",
      dueAt: summaryDue,
      lateMinutes: now > summaryDue ? lateBy(now, summaryDue) : null,
    });
  return out;
}

/** The drill report: first update and cadence against the deadlines, sign-off latency, misses, captured sends. */
export function drillReport(f: DrillFacts): DrillReport {
  const { incident, policy } = f;
  const updates = updateTimings(incident, policy);
  const approvals = f.drafts
    .filter((d) => d.required.length && d.submittedAt)
    .map((d) => approvalTiming(d, incident, policy, f.now));
  const first = updates[0];
  const deadline = policy.severities[incident.severity].firstUpdateWithinMinutes;
  const firstMinutes = first ? minutes(first.at.getTime() - incident.detectedAt.getTime()) : null;
  const byChannel: Record<string, number> = {};
  for (const c of f.captures) byChannel[`${c.port}/${c.channel}`] = (byChannel[`${c.port}/${c.channel}`] ?? 0) + 1;
  return {
    incidentId: incident.id,
    title: incident.title,
    severity: incident.severity,
    phase: incident.phase,
    policyVersion: incident.policyVersion,
    detectedAt: incident.detectedAt,
    declaredAt: incident.declaredAt,
    resolvedAt: incident.resolvedAt,
    generatedAt: f.now,
    firstUpdate: {
      at: first?.at ?? null,
      minutes: firstMinutes,
      deadlineMinutes: deadline,
      onTime: firstMinutes === null || deadline === null ? null : firstMinutes <= deadline,
    },
    updates,
    approvals,
    misses: misses(f, updates, approvals),
    captures: { total: f.captures.length, byChannel },
  };
}
