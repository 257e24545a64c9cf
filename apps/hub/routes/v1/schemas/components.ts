import { z } from "@hono/zod-openapi";
import type { Component } from "#core/components/model";
import { SafeInt, text, trimmed } from "./common";

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
