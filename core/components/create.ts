import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import type { Component, ComponentGroup } from "./model";

export interface CreateComponentInput {
  name: string;
  description?: string | null;
  /** A group name; the group is created the first time it is named. */
  group?: string | null;
  position?: number;
  onlyShowIfDegraded?: boolean;
}

export async function createComponent({ ctx, input }: { ctx: Ctx; input: CreateComponentInput }): Promise<Component> {
  const now = ctx.clock.now();
  const [components, groups] = await Promise.all([ctx.store.listComponents(), ctx.store.listGroups()]);
  if (components.some((c) => c.name.toLowerCase() === input.name.toLowerCase())) {
    throw new DomainError("conflict", `A component named '${input.name}' already exists.`);
  }
  let group: ComponentGroup | undefined;
  let newGroup: ComponentGroup | undefined;
  if (input.group) {
    group = groups.find((g) => g.name.toLowerCase() === input.group!.toLowerCase());
    if (!group) {
      newGroup = group = {
        id: ctx.newId("group"),
        name: input.group,
        description: null,
        position: groups.length + 1,
        createdAt: now,
        updatedAt: now,
      };
    }
  }
  const component: Component = {
    id: ctx.newId("component"),
    name: input.name,
    description: input.description ?? null,
    groupId: group?.id ?? null,
    position: input.position ?? components.length + 1,
    onlyShowIfDegraded: input.onlyShowIfDegraded ?? false,
    showcase: true,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.saveComponent(component, newGroup);
  return component;
}

export async function editComponent({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; name?: string; description?: string | null; position?: number; onlyShowIfDegraded?: boolean };
}): Promise<Component> {
  const components = await ctx.store.listComponents();
  const current = components.find((c) => c.id === input.id);
  if (!current) throw notFound("Component", input.id);
  const taken = input.name?.toLowerCase();
  if (taken && components.some((c) => c.id !== input.id && c.name.toLowerCase() === taken))
    throw new DomainError("conflict", `A component named '${input.name}' already exists.`);
  const next: Component = {
    ...current,
    name: input.name ?? current.name,
    description: input.description === undefined ? current.description : input.description,
    position: input.position ?? current.position,
    onlyShowIfDegraded: input.onlyShowIfDegraded ?? current.onlyShowIfDegraded,
    updatedAt: ctx.clock.now(),
  };
  await ctx.store.saveComponent(next);
  return next;
}
