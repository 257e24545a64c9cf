import { z } from "zod";

export const maintenanceStatuses = ["scheduled", "in_progress", "verifying", "completed", "cancelled"] as const;
export const MaintenanceStatus = z.enum(maintenanceStatuses);
export type MaintenanceStatus = z.infer<typeof MaintenanceStatus>;

export const MaintenanceUpdate = z.object({
  id: z.string(),
  maintenanceId: z.string(),
  status: MaintenanceStatus,
  body: z.string(),
  authorId: z.string().nullable(),
  createdAt: z.date(),
});
export type MaintenanceUpdate = z.infer<typeof MaintenanceUpdate>;

export const Maintenance = z.object({
  id: z.string(),
  title: z.string(),
  status: MaintenanceStatus,
  componentIds: z.array(z.string()),
  regions: z.array(z.string()),
  scheduledFor: z.date(),
  scheduledUntil: z.date(),
  /** Start by itself at scheduledFor. */
  autoStart: z.boolean(),
  /** Complete by itself at scheduledUntil; when false, running past it is an overrun. */
  autoComplete: z.boolean(),
  startedAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  overrunWarnedAt: z.date().nullable(),
  overrunAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** Newest first. */
  updates: z.array(MaintenanceUpdate),
});
export type Maintenance = z.infer<typeof Maintenance>;

export const isMaintenanceActive = (m: Maintenance) => m.status === "in_progress" || m.status === "verifying";
export const isMaintenanceOpen = (m: Maintenance) => m.status === "scheduled" || isMaintenanceActive(m);
