import type { TicketEvent } from "./model";

/** A change to one ticket. Tags are added, never replaced, so repeating a change is harmless. */
export interface TicketChange {
  addTags?: string[];
  removeTags?: string[];
  type?: "incident" | "question";
  /** The problem ticket this one is an incident of; null removes the link. */
  problemId?: string | null;
  comment?: { body: string; public: boolean };
  customFields?: { id: string; value: string | null }[];
  status?: "solved";
}

export interface MacroSpec {
  title: string;
  /** The reply the macro inserts. */
  comment: string;
  tags: string[];
  active: boolean;
}

export interface JobOutcome {
  done: boolean;
  succeeded: string[];
  failed: { id: string; error: string }[];
}

export interface SearchPage {
  tickets: TicketEvent["ticket"][];
  /** Where the next page starts; null when this was the last. */
  next: string | null;
}

/**
 * Whether a help-desk error is about the ticket itself (deleted, closed, invalid: a 4xx other than
 * 429) rather than the help desk being unavailable. Implementations mark those `retry: false`.
 */
export const isTicketRefusal = (e: unknown): boolean =>
  e instanceof Error &&
  (e as { retry?: unknown }).retry === false &&
  typeof (e as { status?: unknown }).status === "number";

/**
 * The help desk (Zendesk) as Liaison needs it. Implementations retry 429/5xx themselves and stay
 * under the account's rate limit; an error that reaches the caller is one a retry will not fix soon.
 */
export interface HelpDesk {
  getTicket(id: string): Promise<TicketEvent["ticket"]>;
  updateTicket(id: string, change: TicketChange): Promise<void>;
  /** Current tags per ticket (up to 100 ids), to check what a crashed attempt already did. */
  ticketTags(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** Creates the problem ticket for an incident, or returns the one already made for this external id. */
  ensureProblemTicket(o: { externalId: string; subject: string; body: string; tags: string[] }): Promise<string>;
  /** Creates (id null) or rewrites a macro; returns its id. */
  saveMacro(id: string | null, macro: MacroSpec): Promise<string>;
  /** Tickets created at or after `since`, oldest first, one page per call. */
  searchCreatedSince(since: Date, cursor: string | null): Promise<SearchPage>;
  countCreatedSince(since: Date): Promise<number>;
  /** Applies one change to up to 100 tickets in one background job; returns the job id. */
  updateMany(ids: readonly string[], change: TicketChange): Promise<string>;
  /** Outcomes of several jobs in one call. */
  jobOutcomes(jobIds: readonly string[]): Promise<Map<string, JobOutcome>>;
}
