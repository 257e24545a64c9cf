import { z } from "@hono/zod-openapi";
import type { TokenView } from "#core/auth/tokens";
import type { Component } from "#core/components/model";
import { type Incident, type InternalNote, impactOf, updateKinds } from "#core/incidents/model";
import type { Maintenance } from "#core/maintenance/model";
import { isOverrun } from "#core/maintenance/tick";
import { firstUpdateTimer, isExtendedOutage, nextUpdateDueFor, summaryDueAt } from "#core/policy/cadence";
import type { ActivePolicy } from "#core/policy/document";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const ts = z.string().nullable();

export const ComponentView = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    group_id: z.string().nullable(),
    position: z.number(),
    only_show_if_degraded: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("Component");
export const componentView = (c: Component): z.infer<typeof ComponentView> => ({
  id: c.id,
  name: c.name,
  description: c.description,
  group_id: c.groupId,
  position: c.position,
  only_show_if_degraded: c.onlyShowIfDegraded,
  created_at: c.createdAt.toISOString(),
  updated_at: c.updatedAt.toISOString(),
});

const NoteView = z.object({
  id: z.string(),
  update_id: z.string().nullable(),
  body: z.string(),
  author_id: z.string().nullable(),
  created_at: z.string(),
});
export const noteView = (n: InternalNote): z.infer<typeof NoteView> => ({
  id: n.id,
  update_id: n.updateId,
  body: n.body,
  author_id: n.authorId,
  created_at: n.createdAt.toISOString(),
});

export const IncidentView = z
  .object({
    id: z.string(),
    title: z.string(),
    severity: z.string(),
    status: z.string(),
    category: z.string(),
    impact: z.string(),
    components: z.array(z.object({ id: z.string(), status: z.string() })),
    regions: z.array(z.string()),
    segments: z.array(z.string()),
    parent_id: z.string().nullable(),
    detected_at: z.string(),
    declared_at: z.string(),
    identified_at: ts,
    monitoring_at: ts,
    resolved_at: ts,
    impact_start_at: z.string(),
    impact_end_at: ts,
    created_at: z.string(),
    updated_at: z.string(),
    eta_at: ts,
    policy_version: z.number(),
    /** A fire drill: its sends are captured, and it is never shown publicly. */
    drill: z.boolean(),
    first_update_due_at: ts,
    first_update_at: ts,
    first_update_late: z.boolean(),
    next_update_due_at: ts,
    /** The public post-incident summary the policy asks for: when it is due, and when it went out. */
    post_incident_summary: z.object({ due_at: ts, published_at: ts }),
    update_overdue: z.boolean(),
    extended_outage: z.boolean(),
    updates: z.array(
      z.object({
        id: z.string(),
        status: z.string(),
        kind: z.enum(updateKinds),
        message: z.string(),
        author_id: z.string().nullable(),
        created_at: z.string(),
        display_at: z.string(),
        component_changes: z.array(z.object({ id: z.string(), from: z.string(), to: z.string() })),
      }),
    ),
    internal_notes: z.array(NoteView).optional(),
  })
  .openapi("Incident");
export type IncidentView = z.infer<typeof IncidentView>;

/**
 * The operator's view of an incident under the policy it was declared with. Internal notes appear only when passed in.
 */
export function incidentView(i: Incident, policy: ActivePolicy, now: Date, notes?: InternalNote[]): IncidentView {
  const due = nextUpdateDueFor(i, policy.document, now);
  const first = firstUpdateTimer(i, policy.document);
  return {
    id: i.id,
    title: i.title,
    severity: i.severity,
    status: i.phase,
    category: i.category,
    impact: impactOf(i),
    components: i.components.map((c) => ({ id: c.componentId, status: c.status })),
    regions: i.regions,
    segments: i.segments,
    parent_id: i.parentId,
    detected_at: i.detectedAt.toISOString(),
    declared_at: i.declaredAt.toISOString(),
    identified_at: iso(i.identifiedAt),
    monitoring_at: iso(i.monitoringAt),
    resolved_at: iso(i.resolvedAt),
    impact_start_at: i.impactStartAt.toISOString(),
    impact_end_at: iso(i.impactEndAt),
    created_at: i.createdAt.toISOString(),
    updated_at: i.updatedAt.toISOString(),
    eta_at: iso(i.etaAt),
    drill: i.drill ?? false,
    policy_version: i.policyVersion,
    first_update_due_at: iso(first.dueAt),
    first_update_at: iso(first.sentAt),
    first_update_late: first.late,
    next_update_due_at: iso(due),
    update_overdue: due !== null && due < now,
    extended_outage: isExtendedOutage(i, policy.document, now),
    post_incident_summary: {
      due_at: iso(summaryDueAt(i, policy.document)),
      published_at: iso(i.updates.find((u) => u.kind === "post_incident_summary")?.createdAt ?? null),
    },
    updates: i.updates.map((u) => ({
      id: u.id,
      status: u.phase,
      kind: u.kind,
      message: u.body,
      author_id: u.authorId,
      created_at: u.createdAt.toISOString(),
      display_at: u.displayAt.toISOString(),
      component_changes: u.componentChanges.map((c) => ({ id: c.componentId, from: c.from, to: c.to })),
    })),
    ...(notes ? { internal_notes: notes.map(noteView) } : {}),
  };
}

export const MaintenanceView = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    components: z.array(z.string()),
    regions: z.array(z.string()),
    scheduled_for: z.string(),
    scheduled_until: z.string(),
    auto_start: z.boolean(),
    auto_complete: z.boolean(),
    started_at: ts,
    completed_at: ts,
    cancelled_at: ts,
    overrun: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    updates: z.array(z.object({ id: z.string(), status: z.string(), message: z.string(), created_at: z.string() })),
  })
  .openapi("Maintenance");
export function maintenanceView(m: Maintenance, now: Date): z.infer<typeof MaintenanceView> {
  return {
    id: m.id,
    title: m.title,
    status: m.status,
    components: m.componentIds,
    regions: m.regions,
    scheduled_for: m.scheduledFor.toISOString(),
    scheduled_until: m.scheduledUntil.toISOString(),
    auto_start: m.autoStart,
    auto_complete: m.autoComplete,
    started_at: iso(m.startedAt),
    completed_at: iso(m.completedAt),
    cancelled_at: iso(m.cancelledAt),
    overrun: isOverrun(m, now),
    created_at: m.createdAt.toISOString(),
    updated_at: m.updatedAt.toISOString(),
    updates: m.updates.map((u) => ({
      id: u.id,
      status: u.status,
      message: u.body,
      created_at: u.createdAt.toISOString(),
    })),
  };
}

export const TokenViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    approves: z.array(z.string()),
    created_at: z.string(),
    revoked_at: ts,
    token: z.string().optional(),
  })
  .openapi("Token");
export const tokenView = (t: TokenView & { token?: string }): z.infer<typeof TokenViewSchema> => ({
  id: t.id,
  name: t.name,
  role: t.role,
  approves: t.approves,
  created_at: t.createdAt.toISOString(),
  revoked_at: iso(t.revokedAt),
  ...(t.token ? { token: t.token } : {}),
});
