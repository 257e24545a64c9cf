import type { Component } from "../components/model";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import type { CallState } from "./model";
import { outreachProgress } from "./outreach";
import { recordCall, refreshOutreach } from "./outreach-list";
import type { CrmStore } from "./store";

async function loadIncident(ctx: Ctx, id: string) {
  const incident = await ctx.store.getIncident(id);
  if (!incident) throw notFound("Incident", id);
  return { incident, components: (await ctx.store.listComponents()) as Component[] };
}

/** The incident's affected accounts (to call and to broadcast to) and those flagged for missing region data. */
export async function affectedAccounts({ ctx, crm, incidentId }: { ctx: Ctx; crm: CrmStore; incidentId: string }) {
  return refreshOutreach({ crm, ...(await loadIncident(ctx, incidentId)) });
}

/** The outreach list against the incident's current scope, with progress counts. */
export async function outreachList({ ctx, crm, incidentId }: { ctx: Ctx; crm: CrmStore; incidentId: string }) {
  const view = await refreshOutreach({ crm, ...(await loadIncident(ctx, incidentId)) });
  return { ...view, progress: outreachProgress(view.entries) };
}

/** Records the state of one call, with who (the caller's token name) and when. */
export async function setCallState({
  ctx,
  crm,
  input,
}: {
  ctx: Ctx;
  crm: CrmStore;
  input: { incidentId: string; accountId: string; state: CallState; note: string | null };
}) {
  await outreachList({ ctx, crm, incidentId: input.incidentId });
  const entry = await recordCall({ crm, ...input, by: ctx.actor.name, at: ctx.clock.now() });
  if (!entry)
    throw new DomainError(
      "not_found",
      `Account '${input.accountId}' is not on the outreach list of incident '${input.incidentId}'.`,
      { id: input.accountId },
    );
  return entry;
}
