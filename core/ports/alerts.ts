import type { AlertSource, Candidate, CandidateStatus, StoredSignal } from "../alerts/model";
import type { Reminder } from "../comms/model";
import type { DomainEvent } from "./store";

/** One accepted webhook delivery and everything it changed, written atomically. */
export interface AlertIntakeWrite {
  delivery: { key: string; source: AlertSource; receivedAt: Date };
  signals: StoredSignal[];
  candidates: Candidate[];
  /** Prompts to the commander (all signals resolved), with their `reminder.ready` events. */
  reminders: Reminder[];
  events: DomainEvent[];
}

/** Storage for alert signals and candidate incidents; the drizzle implementation lives in apps/hub/storage. */
export interface AlertStore {
  hasDelivery(key: string): Promise<boolean>;
  getSignals(keys: readonly string[]): Promise<StoredSignal[]>;
  signalsOf(candidateIds: readonly string[]): Promise<StoredSignal[]>;
  getCandidates(ids: readonly string[]): Promise<Candidate[]>;
  /** Open or confirmed candidates with a signal since `since`, or confirmed ones still firing. */
  activeCandidates(since: Date): Promise<Candidate[]>;
  listCandidates(filter: { status?: CandidateStatus; limit: number }): Promise<Candidate[]>;
  findByIncident(incidentId: string): Promise<Candidate | null>;
  /** False, and nothing written, when the delivery key was already stored (a redelivery). */
  saveIntake(write: AlertIntakeWrite): Promise<boolean>;
  saveCandidate(candidate: Candidate, events: readonly DomainEvent[]): Promise<void>;
  /** Forgets at most `limit` delivery keys received before `before`; returns how many. */
  purgeDeliveries(before: Date, limit: number): Promise<number>;
}
