import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { json, ms } from "./columns";

/** Every version of the communication policy; the highest is in force. */
export const policies = sqliteTable("policies", {
  version: integer("version").primaryKey(),
  document: json<unknown>("document").notNull(),
  authorId: text("author_id"),
  createdAt: ms("created_at").notNull(),
});

/** Stored template wording; the highest version per kind and locale overrides the defaults. */
export const templates = sqliteTable(
  "templates",
  {
    kind: text("kind").notNull(),
    locale: text("locale").notNull(),
    version: integer("version").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    short: text("short").notNull(),
    authorId: text("author_id"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.locale, t.version] })],
);

export const drafts = sqliteTable(
  "drafts",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id").notNull(),
    version: integer("version").notNull(),
    status: text("status").notNull(),
    content: json<unknown>("content").notNull(),
    publishedUpdateId: text("published_update_id"),
    authorId: text("author_id"),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [index("drafts_status_idx").on(t.status), index("drafts_incident_idx").on(t.incidentId)],
);

/** Who changed a draft to what, and when: one row per version. */
export const draftVersions = sqliteTable(
  "draft_versions",
  {
    draftId: text("draft_id").notNull(),
    version: integer("version").notNull(),
    content: json<unknown>("content").notNull(),
    authorId: text("author_id"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.draftId, t.version] })],
);

export const approvals = sqliteTable(
  "approvals",
  {
    id: text("id").primaryKey(),
    draftId: text("draft_id").notNull(),
    draftVersion: integer("draft_version").notNull(),
    role: text("role").notNull(),
    decision: text("decision").notNull(),
    comment: text("comment"),
    byId: text("by_id"),
    byName: text("by_name").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("approvals_draft_idx").on(t.draftId)],
);

/** Append-only, hash-chained record of every external message. */
export const archive = sqliteTable(
  "archive",
  {
    seq: integer("seq").primaryKey(),
    id: text("id").notNull().unique(),
    at: ms("at").notNull(),
    incidentId: text("incident_id"),
    kind: text("kind").notNull(),
    channel: text("channel").notNull(),
    locale: text("locale").notNull(),
    audience: text("audience").notNull(),
    text: text("text").notNull(),
    approvals: json<unknown>("approvals").notNull(),
    policyVersion: integer("policy_version").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("archive_at_idx").on(t.at)],
);

/** Internal reminders; the unique key makes each one fire once however often the scheduler runs. */
export const reminders = sqliteTable(
  "reminders",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id").notNull(),
    kind: text("kind").notNull(),
    dueAt: ms("due_at").notNull(),
    createdAt: ms("created_at").notNull(),
    held: integer("held", { mode: "boolean" }).notNull(),
    message: text("message").notNull(),
  },
  (t) => [uniqueIndex("reminders_once_idx").on(t.incidentId, t.kind, t.dueAt)],
);
