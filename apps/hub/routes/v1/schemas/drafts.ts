import { z } from "@hono/zod-openapi";
import { incidentPhases } from "#core/incidents/model";
import { approverRoles } from "#core/policy/document";
import { messageChannels, templateKinds } from "#core/templates/catalog";
import { ComponentStatusInput, trimmed } from "./common";

const variableName = /^[a-z_]+$/;
const variables = z
  .record(z.string().regex(variableName), z.union([z.string().max(2000), z.array(z.string().max(200)).max(50)]))
  // propertyNames is OpenAPI 3.1 (JSON Schema) but missing from the metadata type.
  .openapi({ propertyNames: { type: "string", pattern: variableName.source } } as object);

export const DraftBody = z
  .strictObject({
    status: z.enum(incidentPhases).optional(),
    kind: z.enum(templateKinds).optional(),
    message: trimmed(5000).optional(),
    variables: variables.optional(),
    locales: z.array(z.string().min(2).max(10)).min(1).max(10).optional(),
    components: z.array(ComponentStatusInput).max(200).optional(),
    internal_note: z.string().max(5000).nullable().optional(),
  })
  .openapi("DraftInput");

export const PreviewBody = z
  .strictObject({
    kind: z.enum(templateKinds),
    channel: z.enum(messageChannels),
    locale: z.string().min(2).max(10).optional(),
    time_zone: z.string().optional(),
    variables: variables.optional(),
  })
  .openapi("PreviewInput");

export const Finding = z.object({
  kind: z.string(),
  blocking: z.boolean(),
  start: z.number(),
  end: z.number(),
  line: z.number(),
  column: z.number(),
  match: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  field: z.string(),
});

export const PreviewView = z
  .object({
    kind: z.string(),
    channel: z.string(),
    locale: z.string(),
    subject: z.string().nullable(),
    text: z.string(),
    html: z.string().nullable(),
    sms: z.object({ encoding: z.string(), units: z.number(), segments: z.number(), remaining: z.number() }).nullable(),
    findings: z.array(Finding),
  })
  .openapi("Preview");

export const DraftView = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    version: z.number(),
    status: z.string(),
    kind: z.string(),
    phase: z.string(),
    message: z.string(),
    variables: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    locales: z.array(z.string()),
    components: z.array(z.object({ id: z.string(), status: z.string() })),
    internal_note: z.string().nullable(),
    published_update_id: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    approvals: z.object({
      required: z.array(z.string()),
      approved: z.array(z.string()),
      missing: z.array(z.string()),
      history: z.array(
        z.object({
          role: z.string(),
          decision: z.string(),
          comment: z.string().nullable(),
          by: z.string(),
          at: z.string(),
        }),
      ),
    }),
  })
  .openapi("Draft");

export const Decision = z.strictObject({ role: z.enum(approverRoles), comment: z.string().max(2000).optional() });

export const PublishBody = z.strictObject({
  acknowledge_findings: z.strictObject({ reason: z.string().min(3) }).optional(),
});

export const DiscardBody = z.strictObject({ reason: z.string().min(3).max(2000) });
