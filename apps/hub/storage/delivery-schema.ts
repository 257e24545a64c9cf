import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { json, ms } from "./columns";

export const subscribers = sqliteTable(
  "subscribers",
  {
    id: text("id").primaryKey(),
    channel: text("channel").notNull(),
    address: text("address").notNull(),
    locale: text("locale").notNull(),
    regions: json<string[]>("regions").notNull(),
    tier: text("tier"),
    scope: json<{ components: string[]; incidentId: string | null }>("scope").notNull(),
    status: text("status").notNull(),
    /** When the last message went out, for fatigue control. */
    lastSentAt: integer("last_sent_at"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("subscribers_address_uq").on(t.channel, t.address)],
);

/** One row per publication: the payload and how far expansion has got. O(1) in subscribers. */
export const deliveryPublications = sqliteTable(
  "delivery_publications",
  {
    id: text("id").primaryKey(),
    payload: json<unknown>("payload").notNull(),
    cursor: text("cursor").notNull(),
    expandedAt: ms("expanded_at"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("delivery_publications_pending_idx").on(t.expandedAt, t.createdAt)],
);

/** One row per (publication, subscriber, channel): the idempotency key of a message. */
export const deliveries = sqliteTable(
  "deliveries",
  {
    id: text("id").primaryKey(),
    publicationId: text("publication_id").notNull(),
    subscriberId: text("subscriber_id").notNull(),
    channel: text("channel").notNull(),
    status: text("status").notNull(),
    attempts: integer("attempts").notNull(),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastError: text("last_error"),
    /** Clicks on the tracked status-page links in this message. */
    clicks: integer("clicks").notNull().default(0),
    firstClickAt: ms("first_click_at"),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("deliveries_key_uq").on(t.publicationId, t.subscriberId, t.channel),
    index("deliveries_due_idx").on(t.status, t.nextAttemptAt),
  ],
);
