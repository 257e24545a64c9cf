import type { CrmUsage } from "../ports/crm";
import type { Account, CallState, CrmSource, OutreachEntry } from "./model";

export const syncStatuses = ["running", "succeeded", "failed"] as const;
export type SyncStatus = (typeof syncStatuses)[number];

/** One sync of one CRM: progress while it runs, the outcome after. */
export interface SyncRun {
  id: string;
  source: CrmSource;
  kind: "full" | "delta";
  status: SyncStatus;
  startedAt: Date;
  finishedAt: Date | null;
  accountsSeen: number;
  apiCalls: number;
  daily: CrmUsage["daily"];
  error: string | null;
}

export const alertStatuses = ["open", "completed", "failed"] as const;
export type AlertStatus = (typeof alertStatuses)[number];

/** A CSM alert as the hub remembers it; `key` (incident:account) makes creation idempotent. */
export interface AlertRecord {
  key: string;
  incidentId: string;
  accountId: string;
  source: CrmSource;
  ref: string | null;
  /** The incident phase the CRM record last showed. */
  phase: string;
  status: AlertStatus;
  error: string | null;
  updatedAt: Date;
}

/** Storage port for the CRM cache, sync runs, outreach lists and alerts. Every write is one batch. */
export interface CrmStore {
  upsertAccounts(accounts: Account[], at: Date): Promise<void>;
  listAccounts(): Promise<Account[]>;
  /** The cached account a help-desk organisation maps to: by external id, else by exact name. */
  findAccount(o: { externalId: string | null; name: string | null }): Promise<Account | null>;
  saveSyncRun(run: SyncRun): Promise<void>;
  listSyncRuns(limit: number): Promise<SyncRun[]>;
  /** Start of the newest successful run for a source: where the next delta sync begins. */
  lastSuccessfulSync(source: CrmSource): Promise<Date | null>;
  listOutreach(incidentId: string): Promise<OutreachEntry[]>;
  /** Replaces an incident's list in one batch (entries carry their recorded states). */
  replaceOutreach(incidentId: string, entries: OutreachEntry[]): Promise<void>;
  setCallState(
    incidentId: string,
    accountId: string,
    change: { state: CallState; by: string; at: Date; note: string | null },
  ): Promise<OutreachEntry | null>;
  listAlerts(incidentId: string): Promise<AlertRecord[]>;
  saveAlerts(records: AlertRecord[]): Promise<void>;
}
