import type { Finding } from "../guardrails/rules";
import { scanText } from "../guardrails/scan";
import type { IncidentPhase } from "../incidents/model";
import type { Ctx } from "../shared/context";
import { notFound } from "../shared/errors";
import { policyFor } from "./render-for-incident";

/**
 * The guardrail findings a publish would raise on a status-page text, under the incident's policy,
 * without saving anything: the console checks a draft as it is typed.
 */
export async function checkText({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { incidentId: string; text: string; phase?: IncidentPhase };
}): Promise<Finding[]> {
  const incident = await ctx.store.getIncident(input.incidentId);
  if (!incident) throw notFound("Incident", input.incidentId);
  const policy = await policyFor(ctx, incident);
  return scanText(input.text, policy.document.guardrails, input.phase ?? incident.phase);
}
