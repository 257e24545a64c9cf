import type { CloseBatch, DeskTicket, IncidentDesk, LinkState, TicketLink } from "../helpdesk/model";
import type { DomainEvent } from "./store";

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
