import { z } from "@hono/zod-openapi";
import { componentStatuses } from "#core/components/model";

export const Timestamp = z.iso.datetime({ offset: true }).openapi({ example: "2026-11-22T09:30:00Z" });
export const Id = z.string().min(1).max(64);
export const ComponentStatusField = z.enum(componentStatuses);
export const ComponentStatusInput = z.strictObject({ id: Id, status: ComponentStatusField });
/** Trimmed, then non-empty: the document says so with a pattern (at least one non-space). */
export const trimmed = (max: number) => z.string().trim().min(1).max(max).openapi({ pattern: "\\S" });
export const text = trimmed;
export const labels = z.array(trimmed(64)).max(50);
/** zod's int() stops at the largest safe integer; the document says where. */
export const SafeInt = z.number().int().max(Number.MAX_SAFE_INTEGER);
/** Publishing over blocking guardrail findings: admins and approvers only, with a reason that is archived. */
export const AcknowledgeFindings = z.strictObject({ reason: trimmed(2000) }).openapi("AcknowledgeFindings");
export const acknowledge = { acknowledge_findings: AcknowledgeFindings.optional() };

export const VersionNumber = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const IdParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });

export const toDate = (s: string | undefined) => (s === undefined ? undefined : new Date(s));

export const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** A nullable timestamp in a response. */
export const NullableTime = z.string().nullable();
