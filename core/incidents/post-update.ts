import { saveWithArchive } from "../archive/append";
import { can } from "../auth/roles";
import { policyFor } from "../comms/render-for-incident";
import type { ComponentStatusChange } from "../components/model";
import { requiredApprovals } from "../policy/document";
import type { IncidentWrite } from "../ports/store";
import type { Acknowledgement } from "../publish/guard";
import { prepareIncidentPublication } from "../publish/incident";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { event } from "../shared/events";
import { applyComponentStatuses, assertKnownComponents } from "./component-changes";
import type { Incident, IncidentPhase, UpdateKind } from "./model";
import { assertPhaseChange } from "./phases";
import { makeNote, makeUpdate } from "./records";

export interface PostUpdateInput {
  incidentId: string;
  phase: IncidentPhase;
  message: string;
  internalNote?: string;
  components?: ComponentStatusChange[];
  displayAt?: Date;
  /** When customers stopped being affected, if earlier than the resolution. */
  impactEndAt?: Date;
  /** A fixed id makes a second save of the same update fail instead of posting it twice. */
  updateId?: string;
  /**
   * `false_alarm` retracts what went out before (and resolves the incident if it is open);
   * `post_incident_summary` follows a resolution without changing the phase.
   */
  kind?: UpdateKind;
  /** Publishing over blocking guardrail findings: admins and approvers only, recorded. */
  acknowledgeFindings?: Acknowledgement;
}

/** Publishes an update on an incident, moving its phase and its components' statuses. */
export async function postUpdate({ ctx, input }: { ctx: Ctx; input: PostUpdateInput }): Promise<Incident> {
  const incident = await ctx.store.getIncident(input.incidentId);
  if (!incident) throw notFound("Incident", input.incidentId);
  const needs = requiredApprovals((await policyFor(ctx, incident)).document, incident.severity, incident.category);
  const override = needs.length > 0;
  if (override && !can(ctx.actor.role, "tokens:manage")) {
    throw new DomainError(
      "forbidden",
      `Updates on this ${incident.severity} ${incident.category} incident need ${needs.join(" and ")} approval: create a draft (POST /api/v1/incidents/${incident.id}/drafts). Admins may post directly; that is archived as an override.`,
      { needs },
    );
  }
  const write = await planUpdate(ctx, input, incident);
  const kind = input.kind ?? "update";
  const prepared = await prepareIncidentPublication(ctx, {
    incident: write.incident,
    kind: kind === "update" ? write.newUpdate!.phase : kind,
    phase: write.newUpdate!.phase,
    message: input.message,
    acknowledge: input.acknowledgeFindings,
    signOffs: override ? [{ role: "direct", by: ctx.actor.name, at: ctx.clock.now().toISOString(), override }] : [],
  });
  write.events.push(prepared.event);
  await saveWithArchive(ctx, prepared.archive, (archive) => ctx.store.saveIncident({ ...write, archive }));
  return write.incident;
}

/** Everything an update changes, checked but not yet saved, so a caller can add it to a larger batch. */
export async function planUpdate(ctx: Ctx, given: PostUpdateInput, loaded?: Incident): Promise<IncidentWrite> {
  const now = ctx.clock.now();
  const current = loaded ?? (await ctx.store.getIncident(given.incidentId));
  if (!current) throw notFound("Incident", given.incidentId);
  if (current.phase === "resolved" && given.kind && given.kind !== "update") return planFollowUp(ctx, given, current);
  if (given.kind === "post_incident_summary") {
    throw new DomainError(
      "invalid_transition",
      `A post-incident summary follows the resolution; incident '${current.id}' is '${current.phase}'.`,
    );
  }
  const input = { ...given, phase: given.kind === "false_alarm" ? ("resolved" as const) : given.phase };
  assertPhaseChange(current.phase, input.phase);
  assertKnownComponents(input.components ?? [], await ctx.store.listComponents());
  const resolving = input.phase === "resolved";
  if (resolving) await assertNoOpenSubIssues(ctx, current.id);

  const requested = resolving ? withEveryComponentRestored(current, input.components ?? []) : (input.components ?? []);
  const { components, changes } = applyComponentStatuses(current.components, requested);
  const update = makeUpdate(ctx, {
    incidentId: current.id,
    phase: input.phase,
    kind: input.kind,
    body: input.message,
    changes,
    displayAt: input.displayAt,
    id: input.updateId,
  });
  const incident: Incident = {
    ...current,
    phase: input.phase,
    components,
    identifiedAt: current.identifiedAt ?? (input.phase !== "investigating" ? now : null),
    monitoringAt: current.monitoringAt ?? (input.phase === "monitoring" ? now : null),
    resolvedAt: resolving ? now : null,
    impactEndAt: resolving
      ? (input.impactEndAt ?? current.impactEndAt ?? now)
      : (input.impactEndAt ?? current.impactEndAt),
    updatedAt: now,
    updates: [update, ...current.updates],
  };
  if (incident.impactEndAt && incident.impactEndAt < incident.impactStartAt) {
    throw new DomainError("invalid_input", "impact_end_at cannot be before the impact started.");
  }
  const newNote = input.internalNote ? makeNote(ctx, current.id, input.internalNote, update.id) : undefined;
  return {
    incident,
    newUpdate: update,
    newNote,
    events: [
      event(ctx, resolving ? "incident.resolved" : "incident.updated", current.id, {
        phase: input.phase,
        updateId: update.id,
      }),
    ],
  };
}

/**
 * A message after the resolution that is not a phase change: the post-incident summary, or a
 * false alarm about an incident already resolved. Phase and components stay as they are.
 */
function planFollowUp(ctx: Ctx, input: PostUpdateInput, current: Incident): IncidentWrite {
  const update = makeUpdate(ctx, {
    incidentId: current.id,
    phase: "resolved",
    kind: input.kind,
    body: input.message,
    changes: [],
    displayAt: input.displayAt,
    id: input.updateId,
  });
  const incident: Incident = { ...current, updatedAt: ctx.clock.now(), updates: [update, ...current.updates] };
  const newNote = input.internalNote ? makeNote(ctx, current.id, input.internalNote, update.id) : undefined;
  const type = input.kind === "false_alarm" ? "incident.false_alarm" : "incident.summary_published";
  return { incident, newUpdate: update, newNote, events: [event(ctx, type, current.id, { updateId: update.id })] };
}

/** On resolution every affected component returns to operational unless the update says otherwise. */
function withEveryComponentRestored(
  incident: Incident,
  requested: readonly ComponentStatusChange[],
): ComponentStatusChange[] {
  const explicit = new Set(requested.map((r) => r.componentId));
  const restored = incident.components
    .filter((c) => !explicit.has(c.componentId))
    .map((c) => ({ componentId: c.componentId, status: "operational" as const }));
  return [...requested, ...restored];
}

async function assertNoOpenSubIssues(ctx: Ctx, incidentId: string): Promise<void> {
  const open = await ctx.store.listIncidents({ parentId: incidentId, phase: "open", drill: "any" });
  if (open.length) {
    throw new DomainError(
      "invalid_transition",
      `Resolve the open sub-issues first: ${open.map((i) => `${i.id} (${i.title})`).join(", ")}.`,
      { openSubIssues: open.map((i) => i.id) },
    );
  }
}
