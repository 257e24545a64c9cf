import { z } from "@hono/zod-openapi";
import {
  type Incident,
  type InternalNote,
  impactOf,
  incidentCategories,
  incidentPhases,
  severities,
  updateKinds,
} from "#core/incidents/model";
import { firstUpdateTimer, isExtendedOutage, nextUpdateDueFor, summaryDueAt } from "#core/policy/cadence";
import type { ActivePolicy } from "#core/policy/document";
import { acknowledge, ComponentStatusInput, Id, iso, labels, Timestamp, text, NullableTime as ts } from "./common";

export const DeclareIncidentBody = z
  .strictObject({
    title: text(200),
    severity: z.enum(severities),
    message: text(5000),
    category: z.enum(incidentCategories).optional(),
    status: z.enum(["investigating", "identified", "monitoring"]).optional(),
    components: z.array(ComponentStatusInput).max(200).optional(),
    regions: labels.optional(),
    segments: labels.optional(),
    parent_id: Id.nullish(),
    detected_at: Timestamp.optional(),
    impact_start_at: Timestamp.optional(),
    internal_note: text(5000).optional(),
    eta_at: Timestamp.optional(),
    ...acknowledge,
  })
  .openapi("DeclareIncident");

export const PostUpdateBody = z
  .strictObject({
    status: z.enum(incidentPhases),
    message: text(5000),
    internal_note: text(5000).optional(),
    components: z.array(ComponentStatusInput).max(200).optional(),
    display_at: Timestamp.optional(),
    impact_end_at: Timestamp.optional(),
    /** false_alarm retracts earlier messages; post_incident_summary follows a resolution. */
    kind: z.enum(updateKinds).optional(),
    ...acknowledge,
  })
  .openapi("PostUpdate");

export const EditIncidentBody = z
  .strictObject({
    title: text(200).optional(),
    severity: z.enum(severities).optional(),
    category: z.enum(incidentCategories).optional(),
    regions: labels.optional(),
    segments: labels.optional(),
    impact_start_at: Timestamp.optional(),
    impact_end_at: Timestamp.nullable().optional(),
    /** When service is expected back; null clears it. */
    eta_at: Timestamp.nullable().optional(),
    ...acknowledge,
  })
  .openapi("EditIncident");

export const ReopenBody = z
  .strictObject({
    message: text(5000),
    reason: text(1000),
    status: z.enum(["investigating", "identified", "monitoring"]).optional(),
    ...acknowledge,
  })
  .openapi("ReopenIncident");

export const NoteBody = z.strictObject({ body: text(5000) }).openapi("InternalNoteInput");

export const IncidentListQuery = z.object({
  status: z.enum([...incidentPhases, "open"]).optional(),
  severity: z.enum(severities).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const NoteView = z.object({
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

export const NoteResponse = z.object({
  id: z.string(),
  update_id: z.string().nullable(),
  body: z.string(),
  author_id: z.string().nullable(),
  created_at: z.string(),
});
