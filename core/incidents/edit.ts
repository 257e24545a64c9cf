import { authorize } from "../shared/authorize";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { event } from "../shared/events";
import type { Incident, IncidentCategory, InternalNote, Severity } from "./model";
import { makeNote } from "./records";

export interface EditIncidentInput {
  incidentId: string;
  title?: string;
  severity?: Severity;
  category?: IncidentCategory;
  regions?: string[];
  segments?: string[];
  impactStartAt?: Date;
  impactEndAt?: Date | null;
  etaAt?: Date | null;
}

/** Changes an incident's details without a public update; a severity change is recorded as an event. */
export async function editIncident({ ctx, input }: { ctx: Ctx; input: EditIncidentInput }): Promise<Incident> {
  authorize(ctx.actor, "incidents:update");
  const current = await ctx.store.getIncident(input.incidentId);
  if (!current) throw notFound("Incident", input.incidentId);
  const { incidentId: _id, ...changes } = input;
  const incident: Incident = { ...current, ...stripUndefined(changes), updatedAt: ctx.clock.now() };
  if (incident.impactEndAt && incident.impactEndAt < incident.impactStartAt) {
    throw new DomainError("invalid_input", "impact_end_at cannot be before impact_start_at.");
  }
  const events = [event(ctx, "incident.edited", current.id, { fields: Object.keys(stripUndefined(changes)) })];
  if (input.severity && input.severity !== current.severity) {
    events.push(event(ctx, "incident.severity_changed", current.id, { from: current.severity, to: input.severity }));
  }
  await ctx.store.saveIncident({ incident, events });
  return incident;
}

export async function addInternalNote({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { incidentId: string; body: string };
}): Promise<InternalNote> {
  authorize(ctx.actor, "incidents:update");
  const incident = await ctx.store.getIncident(input.incidentId);
  if (!incident) throw notFound("Incident", input.incidentId);
  const note = makeNote(ctx, incident.id, input.body);
  await ctx.store.saveIncident({ incident, newNote: note, events: [] });
  return note;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
