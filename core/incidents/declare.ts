import { saveWithArchive } from "../archive/append";
import type { ComponentStatusChange } from "../components/model";
import type { Acknowledgement } from "../publish/guard";
import { prepareIncidentPublication } from "../publish/incident";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { event } from "../shared/events";
import { applyComponentStatuses, assertKnownComponents } from "./component-changes";
import type { Incident, IncidentCategory, IncidentPhase, Severity } from "./model";
import { makeNote, makeUpdate } from "./records";

export interface DeclareIncidentInput {
  title: string;
  severity: Severity;
  category?: IncidentCategory;
  /** The first public update. */
  message: string;
  phase?: Exclude<IncidentPhase, "resolved">;
  components?: ComponentStatusChange[];
  regions?: string[];
  segments?: string[];
  parentId?: string | null;
  detectedAt?: Date;
  impactStartAt?: Date;
  internalNote?: string;
  etaAt?: Date;
  /** Publishing over blocking guardrail findings: admins and approvers only, recorded. */
  acknowledgeFindings?: Acknowledgement;
  /** A fire drill: the whole pipeline runs, but every send is captured (see docs/drills.md). */
  drill?: boolean;
}

/** Declares a customer-impacting incident with its first public update, in one atomic write. */
export async function declareIncident({ ctx, input }: { ctx: Ctx; input: DeclareIncidentInput }): Promise<Incident> {
  const now = ctx.clock.now();
  assertKnownComponents(input.components ?? [], await ctx.store.listComponents());
  if (input.parentId) await assertUsableParent(ctx, input.parentId, input.drill ?? false);
  const detectedAt = input.detectedAt ?? now;
  if (detectedAt > now) throw new DomainError("invalid_input", "detected_at cannot be in the future.");

  const id = ctx.newId("incident");
  const phase = input.phase ?? "investigating";
  const { components, changes } = applyComponentStatuses([], input.components ?? []);
  const update = makeUpdate(ctx, { incidentId: id, phase, body: input.message, changes });
  const incident: Incident = {
    id,
    title: input.title,
    severity: input.severity,
    phase,
    category: input.category ?? "outage",
    components,
    regions: input.regions ?? [],
    segments: input.segments ?? [],
    parentId: input.parentId ?? null,
    detectedAt,
    declaredAt: now,
    identifiedAt: phase === "identified" || phase === "monitoring" ? now : null,
    monitoringAt: phase === "monitoring" ? now : null,
    resolvedAt: null,
    impactStartAt: input.impactStartAt ?? detectedAt,
    impactEndAt: null,
    etaAt: input.etaAt ?? null,
    policyVersion: ctx.policy.version,
    drill: input.drill ?? false,
    createdAt: now,
    updatedAt: now,
    updates: [update],
  };
  const newNote = input.internalNote ? makeNote(ctx, id, input.internalNote, update.id) : undefined;
  // The first notice is not held for sign-off (the first-update deadline is minutes away), but it
  // passes the same guardrails and fans out like every other publication.
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
      newNote,
      archive,
      events: [
        event(ctx, "incident.declared", id, { severity: incident.severity, updateId: update.id }),
        prepared.event,
      ],
    }),
  );
  return incident;
}

async function assertUsableParent(ctx: Ctx, parentId: string, drill: boolean): Promise<void> {
  const parent = await ctx.store.getIncident(parentId);
  if (!parent) throw notFound("Parent incident", parentId);
  if ((parent.drill ?? false) !== drill)
    throw new DomainError("invalid_input", "A drill and a real incident cannot be parent and sub-issue.");
  if (parent.parentId) {
    throw new DomainError(
      "invalid_input",
      `Incident '${parentId}' is itself a sub-issue; link to its parent '${parent.parentId}' instead.`,
    );
  }
  if (parent.phase === "resolved") {
    throw new DomainError(
      "invalid_transition",
      `Parent incident '${parentId}' is resolved; reopen it before adding sub-issues.`,
    );
  }
}
