import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { IncidentDesk } from "#core/helpdesk/model";
import type { MatchRules } from "#core/matching/rules";
import { json, ms } from "./columns";

/** Help-desk tickets Liaison has seen, through webhooks or backfill. */
export const helpdeskTickets = sqliteTable("helpdesk_tickets", {
  id: text("id").primaryKey(),
  subject: text("subject").notNull(),
  description: text("description").notNull(),
  status: text("status").notNull(),
  createdAt: ms("created_at").notNull(),
  updatedAt: ms("updated_at").notNull(),
  organizationId: text("organization_id"),
  organizationName: text("organization_name"),
  formId: text("form_id"),
  region: text("region"),
  tier: text("tier"),
  locale: text("locale"),
  customFields: json<Record<string, string>>("custom_fields").notNull(),
  customerRepliedAt: ms("customer_replied_at"),
  agentEngagedAt: ms("agent_engaged_at"),
});

/** Ticket-volume series: one row per ticket and series (total, component, keyword, organisation). */
export const helpdeskTicketSeries = sqliteTable(
  "helpdesk_ticket_series",
  {
    ticketId: text("ticket_id").notNull(),
    seriesKey: text("series_key").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.seriesKey] }),
    index("helpdesk_series_time_idx").on(t.createdAt, t.seriesKey),
  ],
);

export const helpdeskLinks = sqliteTable(
  "helpdesk_links",
  {
    ticketId: text("ticket_id").notNull(),
    incidentId: text("incident_id").notNull(),
    state: text("state").notNull(),
    mode: text("mode").notNull(),
    score: real("score"),
    reasons: json<string[]>("reasons").notNull(),
    linkedBy: text("linked_by").notNull(),
    linkedAt: ms("linked_at").notNull(),
    appliedAt: ms("applied_at"),
    applyAttempts: integer("apply_attempts").notNull(),
    closeState: text("close_state"),
    closeReason: text("close_reason"),
    closedAt: ms("closed_at"),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.incidentId] }),
    index("helpdesk_links_incident_idx").on(t.incidentId, t.state),
    index("helpdesk_links_pending_idx").on(t.state, t.appliedAt),
  ],
);

/** The help-desk side of an incident: its rules, problem ticket, macro, backfill and auto-close progress. */
export const helpdeskIncidents = sqliteTable("helpdesk_incidents", {
  incidentId: text("incident_id").primaryKey(),
  rules: json<MatchRules>("rules"),
  problemTicketId: text("problem_ticket_id"),
  macroId: text("macro_id"),
  macroUpdateId: text("macro_update_id"),
  macroActive: integer("macro_active", { mode: "boolean" }).notNull(),
  backfill: json<IncidentDesk["backfill"]>("backfill").notNull(),
  close: json<IncidentDesk["close"]>("close").notNull(),
  problemSolvedAt: ms("problem_solved_at"),
});

export const helpdeskCloseBatches = sqliteTable(
  "helpdesk_close_batches",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id").notNull(),
    kind: text("kind").notNull(),
    locale: text("locale").notNull(),
    reason: text("reason"),
    ticketIds: json<string[]>("ticket_ids").notNull(),
    state: text("state").notNull(),
    jobId: text("job_id"),
    attempt: integer("attempt").notNull(),
  },
  (t) => [index("helpdesk_close_incident_idx").on(t.incidentId, t.state)],
);

export const helpdeskSurges = sqliteTable(
  "helpdesk_surges",
  {
    id: text("id").primaryKey(),
    seriesKey: text("series_key").notNull(),
    startedAt: ms("started_at").notNull(),
    observed: integer("observed").notNull(),
    expected: real("expected").notNull(),
    explainedBy: json<string[]>("explained_by").notNull(),
    endedAt: ms("ended_at"),
  },
  (t) => [index("helpdesk_surges_open_idx").on(t.endedAt)],
);

/** One row: who holds the help-desk work lease, and until when. */
export const helpdeskLease = sqliteTable("helpdesk_lease", {
  id: integer("id").primaryKey(),
  holder: text("holder").notNull(),
  until: ms("until").notNull(),
});
