import { z } from "@hono/zod-openapi";
import { componentStatuses } from "#core/components/model";
import { incidentCategories, incidentPhases, severities, updateKinds } from "#core/incidents/model";
import { maintenanceStatuses } from "#core/maintenance/model";

export const Timestamp = z.iso.datetime({ offset: true }).openapi({ example: "2026-11-22T09:30:00Z" });
export const Id = z.string().min(1).max(64);
export const ComponentStatusField = z.enum(componentStatuses);
export const ComponentStatusInput = z.strictObject({ id: Id, status: ComponentStatusField });
/** Trimmed, then non-empty: the document says so with a pattern (at least one non-space). */
export const trimmed = (max: number) => z.string().trim().min(1).max(max).openapi({ pattern: "\\S" });
const text = trimmed;
const labels = z.array(trimmed(64)).max(50);
/** zod's int() stops at the largest safe integer; the document says where. */
export const SafeInt = z.number().int().max(Number.MAX_SAFE_INTEGER);
/** Publishing over blocking guardrail findings: admins and approvers only, with a reason that is archived. */
export const AcknowledgeFindings = z.strictObject({ reason: trimmed(2000) }).openapi("AcknowledgeFindings");
const acknowledge = { acknowledge_findings: AcknowledgeFindings.optional() };

export const CreateComponentBody = z
  .strictObject({
    name: text(120),
    description: z.string().max(1000).nullish(),
    group: trimmed(120).nullish(),
    position: SafeInt.min(0).optional(),
    only_show_if_degraded: z.boolean().optional(),
  })
  .openapi("CreateComponent");

export const EditComponentBody = CreateComponentBody.omit({ group: true }).partial().openapi("EditComponent");

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

export const ScheduleMaintenanceBody = z
  .strictObject({
    title: text(200),
    message: text(5000),
    components: z.array(Id).max(200).optional(),
    regions: labels.optional(),
    scheduled_for: Timestamp,
    scheduled_until: Timestamp,
    auto_start: z.boolean().optional(),
    auto_complete: z.boolean().optional(),
    ...acknowledge,
  })
  .openapi("ScheduleMaintenance");

export const ChangeMaintenanceBody = z
  .strictObject({
    status: z.enum(maintenanceStatuses).exclude(["cancelled"]).optional(),
    message: text(5000).optional(),
    title: text(200).optional(),
    scheduled_for: Timestamp.optional(),
    scheduled_until: Timestamp.optional(),
    ...acknowledge,
  })
  .openapi("ChangeMaintenance");

export const CancelMaintenanceBody = z
  .strictObject({ message: text(5000).optional(), ...acknowledge })
  .openapi("CancelMaintenance");

export const IssueTokenBody = z
  .strictObject({
    name: text(120),
    role: z.enum(["admin", "commander", "liaison", "agent", "viewer"]),
    /** Sign-off roles this token may approve as. */
    approves: z
      .array(z.enum(["legal", "pr", "exec"]))
      .max(3)
      .optional(),
  })
  .openapi("IssueToken");

export const VersionNumber = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const IdParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });

export const toDate = (s: string | undefined) => (s === undefined ? undefined : new Date(s));
