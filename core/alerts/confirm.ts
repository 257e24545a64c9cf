import type { ComponentStatus } from "../components/model";
import { declareIncident } from "../incidents/declare";
import type { Incident, IncidentCategory, Severity } from "../incidents/model";
import type { AlertStore } from "../ports/alerts";
import type { Ctx } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { event } from "../shared/events";
import type { Candidate } from "./model";

export interface ConfirmCandidateInput {
  candidateId: string;
  /** The first public notice; it goes out as every declaration's does. */
  message: string;
  title?: string;
  severity?: Severity;
  category?: IncidentCategory;
  components?: { componentId: string; status: ComponentStatus }[];
  regions?: string[];
  internalNote?: string;
}

const statusFor: Record<Severity, ComponentStatus> = {
  P1: "major_outage",
  P2: "partial_outage",
  P3: "degraded_performance",
  P4: "degraded_performance",
};

/**
 * The incident a candidate becomes has an id derived from it, so a retry after a crash finds it
 * instead of declaring twice.
 */
export const incidentIdFor = (candidateId: string) => `inc_${candidateId.replace(/^cnd_/, "")}`;

async function candidateOrThrow(alerts: AlertStore, id: string): Promise<Candidate> {
  const [candidate] = await alerts.getCandidates([id]);
  if (!candidate) throw notFound("Candidate incident", id);
  return candidate;
}

/**
 * Confirms customer impact: declares the incident through the ordinary declaration (same role
 * check, first notice, archive and events), then marks the candidate confirmed.
 */
export async function confirmCandidate({
  ctx,
  alerts,
  input,
}: {
  ctx: Ctx;
  alerts: AlertStore;
  input: ConfirmCandidateInput;
}): Promise<{ candidate: Candidate; incident: Incident }> {
  const candidate = await candidateOrThrow(alerts, input.candidateId);
  if (candidate.status === "confirmed") {
    throw new DomainError(
      "conflict",
      `Candidate '${candidate.id}' is already confirmed as incident '${candidate.incidentId}'.`,
      { incidentId: candidate.incidentId },
    );
  }
  const incidentId = incidentIdFor(candidate.id);
  const severity = input.severity ?? candidate.suggestedSeverity;
  const signals = await alerts.signalsOf([candidate.id]);
  const incident =
    (await ctx.store.getIncident(incidentId)) ??
    (await declareIncident({
      ctx: { ...ctx, newId: (kind) => (kind === "incident" ? incidentId : ctx.newId(kind)) },
      input: {
        title: input.title ?? candidate.title,
        severity,
        category: input.category,
        message: input.message,
        components:
          input.components ?? candidate.components.map((componentId) => ({ componentId, status: statusFor[severity] })),
        regions: input.regions ?? candidate.regions,
        detectedAt: candidate.firstSignalAt,
        internalNote:
          input.internalNote ??
          `Confirmed from monitoring candidate ${candidate.id}: ${signals.map((s) => `${s.source} ${s.title} (${s.status})`).join("; ")}`.slice(
            0,
            5000,
          ),
      },
    }));
  const now = ctx.clock.now();
  const confirmed: Candidate = {
    ...candidate,
    status: "confirmed",
    incidentId: incident.id,
    decidedBy: ctx.actor.name,
    decidedAt: now,
    declineReason: null,
    updatedAt: now,
  };
  await alerts.saveCandidate(confirmed, [
    event(ctx, "alerts.candidate_confirmed", candidate.id, { incidentId: incident.id, severity: incident.severity }),
  ]);
  return { candidate: confirmed, incident };
}

/** Records that a candidate is not customer-impacting, and why. Its flapping signals stay with it. */
export async function declineCandidate({
  ctx,
  alerts,
  input,
}: {
  ctx: Ctx;
  alerts: AlertStore;
  input: { candidateId: string; reason: string };
}): Promise<Candidate> {
  const candidate = await candidateOrThrow(alerts, input.candidateId);
  if (candidate.status !== "open") {
    throw new DomainError(
      "invalid_transition",
      `Candidate '${candidate.id}' is already ${candidate.status}; only an open candidate can be declined.`,
    );
  }
  const now = ctx.clock.now();
  const declined: Candidate = {
    ...candidate,
    status: "declined",
    decidedBy: ctx.actor.name,
    decidedAt: now,
    declineReason: input.reason,
    updatedAt: now,
  };
  await alerts.saveCandidate(declined, [
    event(ctx, "alerts.candidate_declined", candidate.id, { reason: input.reason }),
  ]);
  return declined;
}
