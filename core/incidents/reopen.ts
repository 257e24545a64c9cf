import { saveWithArchive } from "../archive/append";
import type { ComponentStatusChange } from "../components/model";
import type { Acknowledgement } from "../publish/guard";
import { prepareIncidentPublication } from "../publish/incident";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { event } from "../shared/events";
import { applyComponentStatuses } from "./component-changes";
import type { Incident, IncidentPhase } from "./model";
import { makeNote, makeUpdate } from "./records";

export interface ReopenInput {
  incidentId: string;
  message: string;
  reason: string;
  phase?: Exclude<IncidentPhase, "resolved">;
  acknowledgeFindings?: Acknowledgement;
}

/**
 * Reopens a resolved incident on purpose. Components go back to the statuses they had just before
 * the resolution, and the reason is kept as an internal note.
 */
export async function reopenIncident({ ctx, input }: { ctx: Ctx; input: ReopenInput }): Promise<Incident> {
  const now = ctx.clock.now();
  const current = await ctx.store.getIncident(input.incidentId);
  if (!current) throw notFound("Incident", input.incidentId);
  if (current.phase !== "resolved") {
    throw new DomainError(
      "invalid_transition",
      `Incident '${current.id}' is not resolved (it is '${current.phase}'); post an update instead.`,
    );
  }
  const resolution = current.updates.find((u) => u.phase === "resolved");
  const restore: ComponentStatusChange[] = (resolution?.componentChanges ?? []).map((c) => ({
    componentId: c.componentId,
    status: c.from,
  }));
  const { components, changes } = applyComponentStatuses(current.components, restore);
  const phase = input.phase ?? "investigating";
  const update = makeUpdate(ctx, { incidentId: current.id, phase, body: input.message, changes });
  const incident: Incident = {
    ...current,
    phase,
    components,
    resolvedAt: null,
    impactEndAt: null,
    updatedAt: now,
    updates: [update, ...current.updates],
  };
  const note = makeNote(ctx, current.id, `Reopened: ${input.reason}`, update.id);
  const prepared = await prepareIncidentPublication(ctx, {
    incident,
    kind: phase,
    phase,
    message: input.message,
    acknowledge: input.acknowledgeFindings,
  });
  await saveWithArchive(ctx, prepared.archive, (archive) =>
    ctx.store.saveIncident({
      incident,
      newUpdate: update,
      newNote: note,
      archive,
      events: [
        event(ctx, "incident.reopened", current.id, { updateId: update.id, reason: input.reason }),
        prepared.event,
      ],
    }),
  );
  return incident;
}
