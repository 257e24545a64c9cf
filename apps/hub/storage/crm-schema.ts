import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { json, ms } from "./columns";

/** Accounts cached from HubSpot and Salesforce, already mapped to Liaison's tiers. */
export const crmAccounts = sqliteTable(
  "crm_accounts",
  {
    id: text("id").primaryKey(),
    source: text("source").notNull(),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    tier: text("tier").notNull(),
    arr: real("arr").notNull(),
    regions: json<string[]>("regions").notNull(),
    products: json<string[]>("products").notNull(),
    segments: json<string[]>("segments").notNull(),
    owner: json<unknown>("owner"),
    contacts: json<unknown[]>("contacts").notNull(),
    modifiedAt: ms("modified_at").notNull(),
    syncedAt: ms("synced_at").notNull(),
  },
  (t) => [index("crm_accounts_source_idx").on(t.source), index("crm_accounts_external_idx").on(t.externalId)],
);

export const crmSyncRuns = sqliteTable(
  "crm_sync_runs",
  {
    id: text("id").primaryKey(),
    source: text("source").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    startedAt: ms("started_at").notNull(),
    finishedAt: ms("finished_at"),
    accountsSeen: integer("accounts_seen").notNull(),
    apiCalls: integer("api_calls").notNull(),
    daily: json<{ used: number; max: number }>("daily"),
    error: text("error"),
  },
  (t) => [index("crm_sync_runs_started_idx").on(t.startedAt)],
);

export const crmOutreach = sqliteTable(
  "crm_outreach",
  {
    incidentId: text("incident_id").notNull(),
    accountId: text("account_id").notNull(),
    accountName: text("account_name").notNull(),
    source: text("source").notNull(),
    tier: text("tier").notNull(),
    arr: real("arr").notNull(),
    csm: json<unknown>("csm"),
    contact: json<unknown>("contact"),
    position: integer("position").notNull(),
    inScope: integer("in_scope", { mode: "boolean" }).notNull(),
    state: text("state").notNull(),
    stateBy: text("state_by"),
    stateAt: ms("state_at"),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.accountId] })],
);

/** One CSM alert per incident and account; the key keeps creation idempotent across retries. */
export const crmAlerts = sqliteTable(
  "crm_alerts",
  {
    key: text("key").primaryKey(),
    incidentId: text("incident_id").notNull(),
    accountId: text("account_id").notNull(),
    source: text("source").notNull(),
    ref: text("ref"),
    phase: text("phase").notNull(),
    status: text("status").notNull(),
    error: text("error"),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [index("crm_alerts_incident_idx").on(t.incidentId)],
);
