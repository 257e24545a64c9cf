import { saveWithArchive } from "../archive/append";
import { policyFor } from "../comms/render-for-incident";
import type { Acknowledgement } from "../publish/guard";
import { prepareTitle } from "../publish/title";
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
  /** A new title is public text: over blocking guardrail findings only with an approver's acknowledgement. */
  acknowledgeFindings?: Acknowledgement;
}

/** Changes an incident's details without a public update; a severity change is recorded as an event. */
export async function editIncident({ ctx, input }: { ctx: Ctx; input: EditIncidentInput }): Promise<Incident> {
  const current = await ctx.store.getIncident(input.incidentId);
  if (!current) throw notFound("Incident", input.incidentId);
  const { incidentId: _id, acknowledgeFindings, ...changes } = input;
  const incident: Incident = { ...current, ...stripUndefined(changes), updatedAt: ctx.clock.now() };
  if (incident.impactEndAt && incident.impactEndAt < incident.impactStartAt) {
    throw new DomainError("invalid_input", "impact_end_at cannot be before impact_start_at.");
  }
  const events = [event(ctx, "incident.edited", current.id, { fields: Object.keys(stripUndefined(changes)) })];
  if (input.severity && input.severity !== current.severity) {
    events.push(event(ctx, "incident.severity_changed", current.id, { from: current.severity, to: input.severity }));
  }
  if (input.title === undefined || input.title === current.title) {
    await ctx.store.saveIncident({ incident, events });
    return incident;
  }
  // The title is shown on the status page, in feeds and in every subject line: it is published text.
  const archive = prepareTitle(ctx, {
    subjectId: current.id,
    title: input.title,
    phase: current.phase,
    policy: await policyFor(ctx, current),
    acknowledge: acknowledgeFindings,
  });
  await saveWithArchive(ctx, archive, (entries) => ctx.store.saveIncident({ incident, events, archive: entries }));
  return incident;
}

export async function addInternalNote({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { incidentId: string; body: string };
}): Promise<InternalNote> {
  const incident = await ctx.store.getIncident(input.incidentId);
  if (!incident) throw notFound("Incident", input.incidentId);
  const note = makeNote(ctx, incident.id, input.body);
  await ctx.store.saveIncident({ incident, newNote: note, events: [] });
  return note;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
