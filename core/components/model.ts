import { z } from "zod";

export const componentStatuses = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
] as const;
export const ComponentStatus = z.enum(componentStatuses);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

/** How bad a status is for customers; under_maintenance is planned, so it ranks below any outage. */
const statusRank: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = "operational";
  for (const s of statuses) if (statusRank[s] > statusRank[worst]) worst = s;
  return worst;
}

export const ComponentGroup = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ComponentGroup = z.infer<typeof ComponentGroup>;

/** A customer-visible service. Its live status is derived from incidents and maintenance, never stored. */
export const Component = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  groupId: z.string().nullable(),
  position: z.number().int(),
  onlyShowIfDegraded: z.boolean(),
  showcase: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Component = z.infer<typeof Component>;

export const ComponentStatusChange = z.object({
  componentId: z.string(),
  status: ComponentStatus,
});
export type ComponentStatusChange = z.infer<typeof ComponentStatusChange>;
