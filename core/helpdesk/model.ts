import { z } from "zod";
import type { MatchRules } from "../matching/rules";

/** Tags Liaison writes on help-desk tickets; Zendesk tags are lower-case words, which ids already are. */
export const incidentTag = (incidentId: string) => `liaison_incident_${incidentId}`;
export const knownIssueTag = "known_issue";
export const solvedTag = (incidentId: string) => `liaison_solved_${incidentId}`;
export const keptTag = (incidentId: string) => `liaison_kept_${incidentId}`;

/** Who changed a ticket, as the help desk reports it. */
export type TicketActor = "end-user" | "agent" | "liaison";

/** A help-desk ticket as Liaison keeps it: enough to match, target and decide on auto-close. */
export interface DeskTicket {
  id: string;
  subject: string;
  description: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  organizationId: string | null;
  /** As the help desk names it, for people; matching uses the id. */
  organizationName: string | null;
  formId: string | null;
  region: string | null;
  tier: string | null;
  locale: string | null;
  customFields: Record<string, string>;
  /** The latest time the customer wrote after Liaison linked the ticket. */
  customerRepliedAt: Date | null;
  /** The latest time a human agent worked on the ticket after it was linked. */
  agentEngagedAt: Date | null;
}

/** One webhook delivery, mapped from the vendor's payload. */
export interface TicketEvent {
  ticket: Omit<DeskTicket, "customerRepliedAt" | "agentEngagedAt">;
  actor: TicketActor;
  at: Date;
  /**
   * Read through search (backfill) rather than told by the webhook: it lacks the language and the
   * organisation's name and external id, so what the webhook stored is kept.
   */
  fromSearch?: boolean;
}

export const linkStates = ["linked", "suggested", "unlinked"] as const;
export type LinkState = (typeof linkStates)[number];
export type CloseState = "will_solve" | "solved" | "kept_open";

export interface TicketLink {
  ticketId: string;
  incidentId: string;
  state: LinkState;
  mode: "auto" | "manual";
  score: number | null;
  reasons: string[];
  /** The agent or "liaison" for automatic links. */
  linkedBy: string;
  linkedAt: Date;
  /** When the tags, problem link and note reached the help desk (or were taken back after an unlink). */
  appliedAt: Date | null;
  applyAttempts: number;
  closeState: CloseState | null;
  closeReason: string | null;
  closedAt: Date | null;
}

export const BackfillState = z.enum(["idle", "running", "done", "failed"]);
export type BackfillState = z.infer<typeof BackfillState>;

/** The help-desk side of one incident. */
export interface IncidentDesk {
  incidentId: string;
  /** Null means rules derived from the incident (component names, regions). */
  rules: MatchRules | null;
  problemTicketId: string | null;
  macroId: string | null;
  /** The update the macro's wording was last written from. */
  macroUpdateId: string | null;
  macroActive: boolean;
  backfill: { state: BackfillState; total: number | null; done: number; cursor: string | null; error: string | null };
  close: { state: "idle" | "running" | "done"; total: number; solved: number; keptOpen: number; failed: number };
  problemSolvedAt: Date | null;
}

export const emptyDesk = (incidentId: string): IncidentDesk => ({
  incidentId,
  rules: null,
  problemTicketId: null,
  macroId: null,
  macroUpdateId: null,
  macroActive: false,
  backfill: { state: "running", total: null, done: 0, cursor: null, error: null },
  close: { state: "idle", total: 0, solved: 0, keptOpen: 0, failed: 0 },
  problemSolvedAt: null,
});

/** One `update_many` call's worth of tickets to solve, tracked so a crash resumes without double-posting. */
export interface CloseBatch {
  id: string;
  incidentId: string;
  /** Solve with the resolution reply, or detach from the problem ticket (kept open) so solving it leaves them alone. */
  kind: "solve" | "detach";
  /** The reply's locale (solve) or why the tickets stay open (detach). */
  locale: string;
  reason: string | null;
  ticketIds: string[];
  state: "pending" | "submitting" | "submitted" | "done";
  jobId: string | null;
  attempt: number;
}
