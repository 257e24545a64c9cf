import { policyFor } from "../comms/render-for-incident";
import { type DeclareIncidentInput, declareIncident } from "../incidents/declare";
import type { Incident } from "../incidents/model";
import { requiredApprovals } from "../policy/document";
import type { Ctx } from "../shared/context";
import { notFound } from "../shared/errors";
import type { Capture, CaptureStore } from "./model";
import { drillReport } from "./report";
import type { DrillReport } from "./report-model";

/** Starts a fire drill: a declaration like any other, through the same guarded pipeline, marked as a drill. */
export const startDrill = ({ ctx, input }: { ctx: Ctx; input: Omit<DeclareIncidentInput, "drill"> }) =>
  declareIncident({ ctx, input: { ...input, drill: true } });

/** Drills, newest first. */
export async function listDrills({ ctx, input }: { ctx: Ctx; input: { limit?: number } }): Promise<Incident[]> {
  return ctx.store.listIncidents({ drill: true, limit: input.limit ?? 100 });
}

async function loadDrill(ctx: Ctx, id: string): Promise<Incident> {
  const incident = await ctx.store.getIncident(id);
  if (!incident?.drill) throw notFound("Drill", id);
  return incident;
}

export async function listCaptures({
  ctx,
  captures,
  id,
}: {
  ctx: Ctx;
  captures: CaptureStore;
  id: string;
}): Promise<Capture[]> {
  await loadDrill(ctx, id);
  return captures.list(id);
}

/** Gathers a drill's updates, drafts, sign-offs and captures, and measures them. */
export async function reportDrill({
  ctx,
  captures,
  id,
}: {
  ctx: Ctx;
  captures: CaptureStore;
  id: string;
}): Promise<DrillReport> {
  const incident = await loadDrill(ctx, id);
  const policy = (await policyFor(ctx, incident)).document;
  const required = requiredApprovals(policy, incident.severity, incident.category);
  const submissions = (await ctx.comms.listEvents(id)).filter((e) => e.type === "draft.submitted");
  const drafts = await Promise.all(
    (await ctx.comms.listDrafts({ incidentId: id })).map(async (draft) => {
      const submitted = submissions.filter((e) => e.payload.draftId === draft.id).map((e) => e.createdAt.getTime());
      return {
        draft,
        approvals: await ctx.comms.listApprovals(draft.id),
        required,
        submittedAt: submitted.length ? new Date(Math.max(...submitted)) : null,
      };
    }),
  );
  return drillReport({ incident, policy, drafts, captures: await captures.list(id), now: ctx.clock.now() });
}
