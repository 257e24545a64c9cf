import type { AlertStore } from "../ports/alerts";
import type { HelpdeskStore, SurgeRecord } from "../ports/helpdesk";
import type { Ctx } from "../shared/context";
import { notFound } from "../shared/errors";
import type { Candidate, CandidateStatus, StoredSignal } from "./model";

/** One row of the candidate list: alerts grouped by Liaison, or a ticket surge no open incident explains. */
export type CandidateEntry =
  | { kind: "alerts"; at: Date; candidate: Candidate }
  | { kind: "ticket_surge"; at: Date; status: "open" | "ended"; surge: SurgeRecord };

/**
 * Candidate incidents, newest first: alert candidates and the help-desk's unexplained ticket
 * surges in one list. Internal, like everything about a candidate.
 */
export async function listCandidates({
  alerts,
  helpdesk,
  input,
}: {
  alerts: AlertStore;
  helpdesk: Pick<HelpdeskStore, "listSurges">;
  input: { status?: CandidateStatus; limit: number };
}): Promise<CandidateEntry[]> {
  const fromAlerts = (await alerts.listCandidates(input)).map(
    (candidate): CandidateEntry => ({ kind: "alerts", at: candidate.createdAt, candidate }),
  );
  const surges =
    input.status === "confirmed" || input.status === "declined"
      ? []
      : (await helpdesk.listSurges(input.limit))
          .filter((s) => !s.explainedBy.length && (input.status !== "open" || !s.endedAt))
          .map(
            (surge): CandidateEntry => ({
              kind: "ticket_surge",
              at: surge.startedAt,
              status: surge.endedAt ? "ended" : "open",
              surge,
            }),
          );
  return [...fromAlerts, ...surges].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, input.limit);
}

/** One alert candidate with its signals. */
export async function getCandidate({
  alerts,
  input,
}: {
  alerts: AlertStore;
  input: { id: string };
}): Promise<{ candidate: Candidate; signals: StoredSignal[] }> {
  const [candidate] = await alerts.getCandidates([input.id]);
  if (!candidate) throw notFound("Candidate incident", input.id);
  return { candidate, signals: await alerts.signalsOf([candidate.id]) };
}

/** The monitoring side of an incident: the candidate it was confirmed from, with its signals, or null. */
export async function incidentAlerts({
  ctx,
  alerts,
  input,
}: {
  ctx: Ctx;
  alerts: AlertStore;
  input: { incidentId: string };
}): Promise<{ candidate: Candidate; signals: StoredSignal[] } | null> {
  if (!(await ctx.store.getIncident(input.incidentId))) throw notFound("Incident", input.incidentId);
  const candidate = await alerts.findByIncident(input.incidentId);
  return candidate ? { candidate, signals: await alerts.signalsOf([candidate.id]) } : null;
}
