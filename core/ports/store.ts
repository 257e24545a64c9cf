import type { ArchiveEntry } from "../archive/chain";
import type { Role } from "../auth/roles";
import type { Component, ComponentGroup } from "../components/model";
import type { Incident, IncidentPhase, InternalNote, Severity, Update } from "../incidents/model";
import type { Maintenance, MaintenanceStatus, MaintenanceUpdate } from "../maintenance/model";
import type { ActivePolicy, PolicyDocument } from "../policy/document";

/** A fact other parts of Liaison (and later the connectors) react to, written with the change itself. */
export interface DomainEvent {
  id: string;
  type: string;
  subjectId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export interface IncidentFilter {
  /** "open" means any phase but resolved. */
  phase?: IncidentPhase | "open";
  severity?: Severity;
  parentId?: string | null;
  /** Incidents whose customer impact overlaps [since, now]. */
  since?: Date;
  limit?: number;
  /** Real incidents only when omitted (every public list, KPIs); `true` for drills only; "any" for both. */
  drill?: boolean | "any";
}

export interface MaintenanceFilter {
  statuses?: readonly MaintenanceStatus[];
  /** Windows that end at or after this time. */
  endingAfter?: Date;
  limit?: number;
}

/** One atomic write: the incident as it now is, plus whatever the change added. */
export interface IncidentWrite {
  incident: Incident;
  newUpdate?: Update;
  newNote?: InternalNote;
  events: DomainEvent[];
  /** External messages this change publishes, for the archive. */
  archive?: ArchiveEntry[];
}

export interface MaintenanceWrite {
  maintenance: Maintenance;
  newUpdate?: MaintenanceUpdate;
  events: DomainEvent[];
  archive?: ArchiveEntry[];
}

export interface StoredToken {
  id: string;
  name: string;
  role: Role;
  /** Approver roles (legal, pr, exec) this token may sign off as. */
  approves: string[];
  hash: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A console sign-in: the browser holds the secret in a cookie, the store only hashes. */
export interface ConsoleSession {
  /** SHA-256 of the cookie's secret. */
  hash: string;
  /** SHA-256 of the token the session was opened with, so revoking or rotating that token ends it. */
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * Persistence for the hub. Every method that writes more than one row is atomic: implementations
 * build it as one batch, because D1 has no interactive transactions.
 */
export interface Store {
  listComponents(): Promise<Component[]>;
  listGroups(): Promise<ComponentGroup[]>;
  saveComponent(component: Component, newGroup?: ComponentGroup): Promise<void>;

  getIncident(id: string): Promise<Incident | null>;
  listIncidents(filter: IncidentFilter): Promise<Incident[]>;
  listInternalNotes(incidentId: string): Promise<InternalNote[]>;
  saveIncident(write: IncidentWrite): Promise<void>;

  getMaintenance(id: string): Promise<Maintenance | null>;
  listMaintenances(filter: MaintenanceFilter): Promise<Maintenance[]>;
  saveMaintenance(write: MaintenanceWrite): Promise<void>;

  insertToken(token: StoredToken): Promise<void>;
  findTokenByHash(hash: string): Promise<StoredToken | null>;
  listTokens(): Promise<StoredToken[]>;
  revokeToken(id: string, at: Date): Promise<boolean>;

  insertSession(session: ConsoleSession): Promise<void>;
  findSession(hash: string): Promise<ConsoleSession | null>;
  revokeSession(hash: string, at: Date): Promise<void>;

  /** The newest stored policy, or the built-in default (version 0). */
  currentPolicy(): Promise<ActivePolicy>;
  getPolicy(version: number): Promise<ActivePolicy | null>;
  listPolicyVersions(): Promise<{ version: number; authorId: string | null; createdAt: Date }[]>;
  /** Stores a new version (current + 1) and returns it. */
  savePolicy(document: PolicyDocument, authorId: string | null, at: Date): Promise<ActivePolicy>;

  /** A number that changes whenever anything shown publicly changes (components, incidents, maintenance). */
  publicRevision(): Promise<number>;

  listPendingEvents(limit: number): Promise<DomainEvent[]>;
  markEventsDispatched(ids: readonly string[], at: Date): Promise<void>;
  /** Deletes up to `limit` events dispatched before `before`; pending ones are never touched. Returns how many. */
  purgeDispatchedEvents(before: Date, limit: number): Promise<number>;
}
