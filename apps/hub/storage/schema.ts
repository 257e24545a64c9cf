import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { json, ms } from "./columns";

export const componentGroups = sqliteTable("component_groups", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  description: text("description"),
  position: integer("position").notNull(),
  createdAt: ms("created_at").notNull(),
  updatedAt: ms("updated_at").notNull(),
});

export const components = sqliteTable("components", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  description: text("description"),
  groupId: text("group_id").references(() => componentGroups.id),
  position: integer("position").notNull(),
  onlyShowIfDegraded: integer("only_show_if_degraded", { mode: "boolean" }).notNull(),
  showcase: integer("showcase", { mode: "boolean" }).notNull(),
  createdAt: ms("created_at").notNull(),
  updatedAt: ms("updated_at").notNull(),
});

export const incidents = sqliteTable(
  "incidents",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    severity: text("severity").notNull(),
    phase: text("phase").notNull(),
    category: text("category").notNull(),
    regions: json<string[]>("regions").notNull(),
    segments: json<string[]>("segments").notNull(),
    parentId: text("parent_id"),
    detectedAt: ms("detected_at").notNull(),
    declaredAt: ms("declared_at").notNull(),
    identifiedAt: ms("identified_at"),
    monitoringAt: ms("monitoring_at"),
    resolvedAt: ms("resolved_at"),
    impactStartAt: ms("impact_start_at").notNull(),
    impactEndAt: ms("impact_end_at"),
    etaAt: ms("eta_at"),
    policyVersion: integer("policy_version").notNull().default(0),
    /** A fire drill: its sends are captured and it never shows publicly. */
    drill: integer("drill", { mode: "boolean" }).notNull().default(false),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [
    index("incidents_phase_idx").on(t.phase),
    index("incidents_drill_idx").on(t.drill),
    index("incidents_impact_idx").on(t.impactStartAt),
    index("incidents_parent_idx").on(t.parentId),
  ],
);

export const incidentComponents = sqliteTable(
  "incident_components",
  {
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    componentId: text("component_id")
      .notNull()
      .references(() => components.id),
    status: text("status").notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.componentId] })],
);

export const incidentUpdates = sqliteTable(
  "incident_updates",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    phase: text("phase").notNull(),
    kind: text("kind").notNull().default("update"),
    body: text("body").notNull(),
    componentChanges: json<{ componentId: string; from: string; to: string }[]>("component_changes").notNull(),
    authorId: text("author_id"),
    createdAt: ms("created_at").notNull(),
    displayAt: ms("display_at").notNull(),
  },
  (t) => [index("incident_updates_incident_idx").on(t.incidentId)],
);

/** Kept apart from incident_updates so no public query can reach it. */
export const internalNotes = sqliteTable(
  "internal_notes",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    updateId: text("update_id"),
    body: text("body").notNull(),
    authorId: text("author_id"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("internal_notes_incident_idx").on(t.incidentId)],
);

export const maintenances = sqliteTable(
  "maintenances",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    status: text("status").notNull(),
    componentIds: json<string[]>("component_ids").notNull(),
    regions: json<string[]>("regions").notNull(),
    scheduledFor: ms("scheduled_for").notNull(),
    scheduledUntil: ms("scheduled_until").notNull(),
    autoStart: integer("auto_start", { mode: "boolean" }).notNull(),
    autoComplete: integer("auto_complete", { mode: "boolean" }).notNull(),
    startedAt: ms("started_at"),
    completedAt: ms("completed_at"),
    cancelledAt: ms("cancelled_at"),
    overrunWarnedAt: ms("overrun_warned_at"),
    overrunAt: ms("overrun_at"),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [index("maintenances_status_idx").on(t.status)],
);

export const maintenanceUpdates = sqliteTable(
  "maintenance_updates",
  {
    id: text("id").primaryKey(),
    maintenanceId: text("maintenance_id")
      .notNull()
      .references(() => maintenances.id),
    status: text("status").notNull(),
    body: text("body").notNull(),
    authorId: text("author_id"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("maintenance_updates_maintenance_idx").on(t.maintenanceId)],
);

export const apiTokens = sqliteTable("api_tokens", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  role: text("role").notNull(),
  hash: text("hash").notNull().unique(),
  approves: json<string[]>("approves").notNull().default([]),
  createdAt: ms("created_at").notNull(),
  revokedAt: ms("revoked_at"),
});

/** Transactional outbox: written in the same batch as the change it describes. */
export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    subjectId: text("subject_id").notNull(),
    payload: json<Record<string, unknown>>("payload").notNull(),
    createdAt: ms("created_at").notNull(),
    dispatchedAt: ms("dispatched_at"),
  },
  (t) => [index("events_pending_idx").on(t.dispatchedAt, t.createdAt)],
);

/** Stored first results of POSTs that carried an Idempotency-Key. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    body: text("body"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

/** One row whose counter moves with every write that changes what the public sees; caches key on it. */
export const pageRevision = sqliteTable("page_revision", {
  id: integer("id").primaryKey(),
  revision: integer("revision").notNull(),
});

/** Console sign-ins; `hash` is the SHA-256 of the cookie secret, never the secret. */
export const consoleSessions = sqliteTable("console_sessions", {
  hash: text("hash").primaryKey(),
  tokenHash: text("token_hash").notNull(),
  createdAt: ms("created_at").notNull(),
  expiresAt: ms("expires_at").notNull(),
  revokedAt: ms("revoked_at"),
});
