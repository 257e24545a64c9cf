import { z } from "@hono/zod-openapi";
import type { Capture } from "#core/drills/model";
import { capturePorts } from "#core/drills/model";
import type { DrillReport } from "#core/drills/report-model";
import { missKinds } from "#core/drills/report-model";
import { type Incident, incidentPhases, severities, updateKinds } from "#core/incidents/model";

const ts = z.string().nullable();
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const DrillSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    severity: z.enum(severities),
    status: z.enum(incidentPhases),
    declared_at: z.string(),
    resolved_at: ts,
  })
  .openapi("DrillSummary");

export const DrillList = z.object({ drills: z.array(DrillSummary) }).openapi("DrillList");

export const drillSummary = (i: Incident): z.infer<typeof DrillSummary> => ({
  id: i.id,
  title: i.title,
  severity: i.severity,
  status: i.phase,
  declared_at: i.declaredAt.toISOString(),
  resolved_at: iso(i.resolvedAt),
});

export const CaptureView = z
  .object({
    id: z.string(),
    port: z.enum(capturePorts),
    channel: z.string(),
    action: z.string(),
    recipient: z.string(),
    subject: z.string().nullable(),
    content: z.string(),
    captured_at: z.string(),
  })
  .openapi("DrillCapture");

export const CaptureList = z.object({ captures: z.array(CaptureView) }).openapi("DrillCaptureList");

export const captureView = (c: Capture): z.infer<typeof CaptureView> => ({
  id: c.id,
  port: c.port,
  channel: c.channel,
  action: c.action,
  recipient: c.recipient,
  subject: c.subject,
  content: c.content,
  captured_at: c.capturedAt.toISOString(),
});

export const DrillReportView = z
  .object({
    incident_id: z.string(),
    title: z.string(),
    severity: z.enum(severities),
    status: z.enum(incidentPhases),
    policy_version: z.number(),
    detected_at: z.string(),
    declared_at: z.string(),
    resolved_at: ts,
    generated_at: z.string(),
    first_update: z.object({
      at: ts,
      minutes: z.number().nullable(),
      deadline_minutes: z.number().nullable(),
      on_time: z.boolean().nullable(),
    }),
    updates: z.array(
      z.object({
        update_id: z.string(),
        kind: z.enum(updateKinds),
        status: z.enum(incidentPhases),
        at: z.string(),
        due_at: ts,
        late_minutes: z.number(),
      }),
    ),
    approvals: z.array(
      z.object({
        draft_id: z.string(),
        kind: z.string(),
        required: z.array(z.string()),
        submitted_at: ts,
        approved_at: ts,
        latency_minutes: z.number().nullable(),
        deadline_at: ts,
        late: z.boolean(),
      }),
    ),
    misses: z.array(
      z.object({
        kind: z.enum(missKinds),
        detail: z.string(),
        due_at: ts,
        late_minutes: z.number().nullable(),
      }),
    ),
    captures: z.object({ total: z.number(), by_channel: z.record(z.string(), z.number()) }),
  })
  .openapi("DrillReport");

export const drillReportView = (r: DrillReport): z.infer<typeof DrillReportView> => ({
  incident_id: r.incidentId,
  title: r.title,
  severity: r.severity,
  status: r.phase,
  policy_version: r.policyVersion,
  detected_at: r.detectedAt.toISOString(),
  declared_at: r.declaredAt.toISOString(),
  resolved_at: iso(r.resolvedAt),
  generated_at: r.generatedAt.toISOString(),
  first_update: {
    at: iso(r.firstUpdate.at),
    minutes: r.firstUpdate.minutes,
    deadline_minutes: r.firstUpdate.deadlineMinutes,
    on_time: r.firstUpdate.onTime,
  },
  updates: r.updates.map((u) => ({
    update_id: u.updateId,
    kind: u.kind,
    status: u.phase,
    at: u.at.toISOString(),
    due_at: iso(u.dueAt),
    late_minutes: u.lateMinutes,
  })),
  approvals: r.approvals.map((a) => ({
    draft_id: a.draftId,
    kind: a.kind,
    required: a.required,
    submitted_at: iso(a.submittedAt),
    approved_at: iso(a.approvedAt),
    latency_minutes: a.latencyMinutes,
    deadline_at: iso(a.deadlineAt),
    late: a.late,
  })),
  misses: r.misses.map((m) => ({
    kind: m.kind,
    detail: m.detail,
    due_at: iso(m.dueAt),
    late_minutes: m.lateMinutes,
  })),
  captures: { total: r.captures.total, by_channel: r.captures.byChannel },
});

export const DrillListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).optional() });
