import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ms } from "./columns";
import { incidents } from "./schema";

/** What a fire drill would have sent, kept instead of sending it. */
export const drillCaptures = sqliteTable(
  "drill_captures",
  {
    id: text("id").primaryKey(),
    incidentId: text("incident_id")
      .notNull()
      .references(() => incidents.id),
    /** delivery, internal_alert, helpdesk or crm. */
    port: text("port").notNull(),
    channel: text("channel").notNull(),
    /** What the port was asked to do: send, update_ticket, create_alerts… */
    action: text("action").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject"),
    content: text("content").notNull(),
    capturedAt: ms("captured_at").notNull(),
  },
  (t) => [index("drill_captures_incident_idx").on(t.incidentId, t.capturedAt)],
);
