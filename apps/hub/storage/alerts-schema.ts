import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { AlertSource, SeverityHint, SignalImpact } from "#core/alerts/model";
import { json, ms } from "./columns";

/** Monitoring webhook deliveries already applied; the primary key turns a redelivery away. */
export const alertDeliveries = sqliteTable(
  "alert_deliveries",
  {
    key: text("key").primaryKey(),
    source: text("source").notNull(),
    receivedAt: ms("received_at").notNull(),
  },
  (t) => [index("alert_deliveries_time_idx").on(t.receivedAt)],
);

/** Candidate incidents built from alerts; internal until confirmed. */
export const alertCandidates = sqliteTable(
  "alert_candidates",
  {
    id: text("id").primaryKey(),
    status: text("status").notNull(),
    title: text("title").notNull(),
    sources: json<AlertSource[]>("sources").notNull(),
    components: json<string[]>("components").notNull(),
    regions: json<string[]>("regions").notNull(),
    groupKeys: json<string[]>("group_keys").notNull(),
    suggestedSeverity: text("suggested_severity").notNull(),
    reasons: json<string[]>("reasons").notNull(),
    firstSignalAt: ms("first_signal_at").notNull(),
    lastSignalAt: ms("last_signal_at").notNull(),
    firing: integer("firing").notNull(),
    total: integer("total").notNull(),
    incidentId: text("incident_id"),
    decidedBy: text("decided_by"),
    decidedAt: ms("decided_at"),
    declineReason: text("decline_reason"),
    allResolvedAt: ms("all_resolved_at"),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [
    index("alert_candidates_status_idx").on(t.status, t.lastSignalAt),
    index("alert_candidates_incident_idx").on(t.incidentId),
  ],
);

/** The latest state of each alert (source and fingerprint), and the candidate it belongs to. */
export const alertSignals = sqliteTable(
  "alert_signals",
  {
    key: text("key").primaryKey(),
    source: text("source").notNull(),
    fingerprint: text("fingerprint").notNull(),
    candidateId: text("candidate_id").notNull(),
    status: text("status").notNull(),
    title: text("title").notNull(),
    labels: json<Record<string, string>>("labels").notNull(),
    severityHint: text("severity_hint").$type<SeverityHint>(),
    impact: json<SignalImpact>("impact").notNull(),
    components: json<string[]>("components").notNull(),
    regions: json<string[]>("regions").notNull(),
    url: text("url"),
    groupKey: text("group_key"),
    firstFiredAt: ms("first_fired_at").notNull(),
    lastChangeAt: ms("last_change_at").notNull(),
    resolvedAt: ms("resolved_at"),
    flaps: integer("flaps").notNull(),
  },
  (t) => [index("alert_signals_candidate_idx").on(t.candidateId)],
);
