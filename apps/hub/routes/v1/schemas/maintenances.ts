import { z } from "@hono/zod-openapi";
import { type Maintenance, maintenanceStatuses } from "#core/maintenance/model";
import { isOverrun } from "#core/maintenance/tick";
import { acknowledge, Id, iso, labels, Timestamp, text, NullableTime as ts } from "./common";

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
