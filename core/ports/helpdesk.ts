import type { CloseBatch, DeskTicket, IncidentDesk, LinkState, TicketEvent, TicketLink } from "../helpdesk/model";
import type { DomainEvent } from "./store";

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

export interface LinkFilter {
  ticketId?: string;
  incidentId?: string;
  states?: readonly LinkState[];
}

/** A surge Liaison found in a ticket-volume series; open until the series calms down. */
export interface SurgeRecord {
  id: string;
  seriesKey: string;
  startedAt: Date;
  observed: number;
  expected: number;
  /** Incidents that explain it; empty means unexplained, a possible undeclared incident. */
  explainedBy: string[];
  endedAt: Date | null;
}

/** Persistence for the help-desk side. Multi-row writes are atomic batches (D1 has no transactions). */
export interface HelpdeskStore {
  /** Stores a received webhook as an outbox event; false when this delivery was already received. */
  receive(event: DomainEvent): Promise<boolean>;
  getTicket(id: string): Promise<DeskTicket | null>;
  /** Upserts a ticket; series keys are counted once, when the ticket is first seen. */
  saveTicket(ticket: DeskTicket, seriesKeys: readonly string[]): Promise<void>;
  getTickets(ids: readonly string[]): Promise<DeskTicket[]>;

  listLinks(filter: LinkFilter): Promise<TicketLink[]>;
  /** Links whose help-desk side is behind: linked but not applied, or unlinked but still applied. */
  listUnappliedLinks(limit: number, includeSuggested: boolean): Promise<TicketLink[]>;
  saveLinks(links: readonly TicketLink[]): Promise<void>;

  getDesk(incidentId: string): Promise<IncidentDesk | null>;
  listDesks(incidentIds: readonly string[]): Promise<IncidentDesk[]>;
  saveDesk(desk: IncidentDesk): Promise<void>;

  listCloseBatches(incidentId: string): Promise<CloseBatch[]>;
  /** Saves batches with the links they change, in one batch. */
  saveClose(o: { desk: IncidentDesk; batches: readonly CloseBatch[]; links: readonly TicketLink[] }): Promise<void>;

  /** Series with at least `minCount` tickets created since `since`. */
  busySeries(since: Date, minCount: number): Promise<{ key: string; count: number }[]>;
  /** Tickets per series in each of the given [start, start + lengthMs) windows. */
  seriesCounts(
    keys: readonly string[],
    starts: readonly Date[],
    lengthMs: number,
  ): Promise<Map<string, Map<number, number>>>;
  /** Per series, how many of its tickets created since `since` are linked to each incident. */
  linkedInSeries(keys: readonly string[], since: Date): Promise<{ key: string; incidentId: string; count: number }[]>;
  /** Linked tickets of an incident by creation time, in buckets. */
  linkedCurve(incidentId: string, bucketMs: number): Promise<{ at: Date; count: number }[]>;
  openSurges(): Promise<SurgeRecord[]>;
  listSurges(limit: number): Promise<SurgeRecord[]>;
  saveSurge(surge: SurgeRecord, events: readonly DomainEvent[]): Promise<void>;

  /** One worker at a time does help-desk work (cron, queue and kicks may overlap); the lease expires if it dies. */
  tryLease(holder: string, now: Date, ms: number): Promise<boolean>;
  releaseLease(holder: string): Promise<void>;
}
