import { saveWithArchive } from "../archive/append";
import type { Acknowledgement } from "../publish/guard";
import { maintenanceKind, prepareMaintenancePublication } from "../publish/maintenance";
import { prepareTitle } from "../publish/title";
import type { Ctx } from "../shared/context";
import { notFound } from "../shared/errors";
import { event } from "../shared/events";
import { assertMaintenanceChange } from "./lifecycle";
import type { Maintenance, MaintenanceStatus, MaintenanceUpdate } from "./model";
import { assertWindow } from "./schedule";

export interface ChangeMaintenanceInput {
  maintenanceId: string;
  status?: MaintenanceStatus;
  message?: string;
  title?: string;
  scheduledFor?: Date;
  scheduledUntil?: Date;
  acknowledgeFindings?: Acknowledgement;
}

/** Moves a maintenance along its lifecycle, reschedules it, or adds an update. Used by people and the scheduler. */
export async function changeMaintenance({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ChangeMaintenanceInput;
}): Promise<Maintenance> {
  const current = await ctx.store.getMaintenance(input.maintenanceId);
  if (!current) throw notFound("Maintenance", input.maintenanceId);
  return applyMaintenanceChange(ctx, current, input);
}

export async function applyMaintenanceChange(
  ctx: Ctx,
  current: Maintenance,
  input: Omit<ChangeMaintenanceInput, "maintenanceId">,
): Promise<Maintenance> {
  const now = ctx.clock.now();
  const status = input.status ?? current.status;
  assertMaintenanceChange(current.status, status);
  const scheduledFor = input.scheduledFor ?? current.scheduledFor;
  const scheduledUntil = input.scheduledUntil ?? current.scheduledUntil;
  assertWindow(scheduledFor, scheduledUntil);
  const extended = scheduledUntil > current.scheduledUntil;
  const next: Maintenance = {
    ...current,
    title: input.title ?? current.title,
    status,
    scheduledFor,
    scheduledUntil,
    startedAt: current.startedAt ?? (status === "in_progress" ? now : null),
    completedAt: status === "completed" ? now : current.completedAt,
    cancelledAt: status === "cancelled" ? now : current.cancelledAt,
    // A new end time re-arms the overrun warnings.
    overrunWarnedAt: extended ? null : current.overrunWarnedAt,
    overrunAt: extended ? null : current.overrunAt,
    updatedAt: now,
  };
  const newUpdate: MaintenanceUpdate | undefined =
    input.message || status !== current.status
      ? {
          id: ctx.newId("update"),
          maintenanceId: current.id,
          status,
          body: input.message ?? defaultBody(status),
          authorId: ctx.actor.tokenId,
          createdAt: now,
        }
      : undefined;
  if (newUpdate) next.updates = [newUpdate, ...current.updates];
  const events =
    status !== current.status
      ? [event(ctx, `maintenance.${status}`, current.id)]
      : [event(ctx, "maintenance.changed", current.id)];
  if (!newUpdate) {
    if (next.title === current.title) await ctx.store.saveMaintenance({ maintenance: next, events });
    else {
      const archive = prepareTitle(ctx, {
        subjectId: current.id,
        title: next.title,
        policy: ctx.policy,
        acknowledge: input.acknowledgeFindings,
      });
      await saveWithArchive(ctx, archive, (entries) =>
        ctx.store.saveMaintenance({ maintenance: next, events, archive: entries }),
      );
    }
    return next;
  }
  const prepared = await prepareMaintenancePublication(ctx, {
    maintenance: next,
    kind: maintenanceKind(current, next),
    message: newUpdate.body,
    acknowledge: input.acknowledgeFindings,
  });
  events.push(prepared.event);
  await saveWithArchive(ctx, prepared.archive, (archive) =>
    ctx.store.saveMaintenance({ maintenance: next, newUpdate, events, archive }),
  );
  return next;
}

function defaultBody(status: MaintenanceStatus): string {
  switch (status) {
    case "in_progress":
      return "The scheduled maintenance has started.";
    case "verifying":
      return "The maintenance work is done and we are checking that everything works as expected.";
    case "completed":
      return "The scheduled maintenance is complete.";
    case "cancelled":
      return "This maintenance has been cancelled.";
    default:
      return "The maintenance schedule has been updated.";
  }
}
