import type { Account, CrmSource } from "../crm/model";

/** A CSM alert on one account for one incident; `ref` is the CRM's record id once created. */
export interface AlertRequest {
  /** `incidentId:accountId`: the idempotency key. */
  key: string;
  accountExternalId: string;
  ownerId: string | null;
  subject: string;
  description: string;
  dueAt: Date;
}

/** A failure with a `ref` made the CRM record but not all of the alert (a Chatter mention): keep the ref. */
export type AlertOutcome =
  | { key: string; ok: true; ref: string }
  | { key: string; ok: false; error: string; retry: boolean; ref?: string };

export interface SyncPage {
  accounts: Account[];
}

/** What a sync run reports: accounts seen, API calls spent, and the daily allocation when known. */
export interface CrmUsage {
  apiCalls: number;
  daily: { used: number; max: number } | null;
}

/**
 * The CRM port. HubSpot and Salesforce connectors implement it; the hub caches accounts and
 * records alerts, so every method here is a network call a test serves with msw.
 */
export interface Crm {
  readonly source: CrmSource;
  /** Every account (full sync) or those modified at or after `since` (delta), page by page. */
  syncAccounts(since: Date | null, onPage: (page: SyncPage) => Promise<void>): Promise<void>;
  /** Creates one alert per request: a Task (Salesforce) or a CALL task plus a timeline note (HubSpot). */
  createAlerts(requests: AlertRequest[]): Promise<AlertOutcome[]>;
  /**
   * Rewrites subject and description of existing alerts on a phase change; `reopen` sets a completed one open again.
   */
  updateAlerts(
    updates: { key: string; ref: string; subject: string; description: string; reopen?: boolean }[],
  ): Promise<AlertOutcome[]>;
  /** Marks alerts completed, when the incident resolves. */
  completeAlerts(refs: { key: string; ref: string }[]): Promise<AlertOutcome[]>;
  /** Calls made by this connector since it was built, and the daily allocation if the CRM reports one. */
  usage(): CrmUsage;
}

/** A connector failure with secrets already stripped; `retry` says whether trying again can help. */
export class CrmError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    readonly code?: string,
  ) {
    super(message);
    this.name = "CrmError";
  }
}
