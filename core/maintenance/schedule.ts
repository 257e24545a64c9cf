import { saveWithArchive } from "../archive/append";
import { assertKnownComponents } from "../incidents/component-changes";
import type { Acknowledgement } from "../publish/guard";
import { prepareMaintenancePublication } from "../publish/maintenance";
import type { Ctx } from "../shared/context";
import { DomainError } from "../shared/errors";
import { event } from "../shared/events";
import type { Maintenance } from "./model";

export interface ScheduleMaintenanceInput {
  title: string;
  message: string;
  componentIds?: string[];
  regions?: string[];
  scheduledFor: Date;
  scheduledUntil: Date;
  autoStart?: boolean;
  autoComplete?: boolean;
  acknowledgeFindings?: Acknowledgement;
}

export function assertWindow(from: Date, until: Date): void {
  if (until <= from) throw new DomainError("invalid_input", "scheduled_until must be after scheduled_for.");
}

/** Announces a maintenance window. It starts by itself at scheduledFor unless autoStart is false. */
export async function scheduleMaintenance({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ScheduleMaintenanceInput;
}): Promise<Maintenance> {
  assertWindow(input.scheduledFor, input.scheduledUntil);
  const componentIds = input.componentIds ?? [];
  assertKnownComponents(
    componentIds.map((componentId) => ({ componentId, status: "under_maintenance" })),
    await ctx.store.listComponents(),
  );
  const now = ctx.clock.now();
  const id = ctx.newId("maintenance");
  const maintenance: Maintenance = {
    id,
    title: input.title,
    status: "scheduled",
    componentIds,
    regions: input.regions ?? [],
    scheduledFor: input.scheduledFor,
    scheduledUntil: input.scheduledUntil,
    autoStart: input.autoStart ?? true,
    autoComplete: input.autoComplete ?? false,
    startedAt: null,
    completedAt: null,
    cancelledAt: null,
    overrunWarnedAt: null,
    overrunAt: null,
    createdAt: now,
    updatedAt: now,
    updates: [],
  };
  const update = {
    id: ctx.newId("update"),
    maintenanceId: id,
    status: "scheduled" as const,
    body: input.message,
    authorId: ctx.actor.tokenId,
    createdAt: now,
  };
  maintenance.updates = [update];
  const prepared = await prepareMaintenancePublication(ctx, {
    maintenance,
    kind: "maintenance_notice",
    message: input.message,
    acknowledge: input.acknowledgeFindings,
  });
  await saveWithArchive(ctx, prepared.archive, (archive) =>
    ctx.store.saveMaintenance({
      maintenance,
      newUpdate: update,
      events: [event(ctx, "maintenance.scheduled", id), prepared.event],
      archive,
    }),
  );
  return maintenance;
}
