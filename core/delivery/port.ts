import type { Publication } from "../ports/notifier";
import type { DeliveryStatus, NewSubscriber, Subscriber, SubscriberChannel } from "./model";
import type { SendResult } from "./retry";

/** One message to one recipient, ready for a channel sender. `key` is the idempotency key. */
export interface OutgoingMessage {
  key: string;
  channel: SubscriberChannel;
  to: string;
  subject: string | null;
  text: string;
  html: string | null;
  unsubscribeUrl: string | null;
  publicationId: string;
}

/** A channel adapter (SendGrid, Twilio, Slack, Teams, webhook). */
export interface ChannelSender {
  send(message: OutgoingMessage): Promise<SendResult>;
}

export interface DueDelivery {
  id: string;
  publicationId: string;
  subscriber: Subscriber;
  attempts: number;
  lastSentAt: Date | null;
}

export interface PublicationProgress {
  publicationId: string;
  expanded: boolean;
  channels: Record<string, Partial<Record<DeliveryStatus, number>>>;
  /** Recipients who opened a tracked status-page link, and all clicks, per channel. */
  clicks: Record<string, { recipients: number; total: number }>;
}

/** Storage the delivery pipeline needs; the drizzle implementation lives in apps/hub/storage. */
export interface DeliveryStore {
  /** One row per publication, whatever the audience size; a repeat is ignored. */
  recordPublication(p: Publication, at: Date): Promise<void>;
  /** The next publication still being expanded, with its cursor. */
  nextExpansion(): Promise<{ publication: Publication; cursor: string } | null>;
  subscribersAfter(cursor: string, limit: number): Promise<Subscriber[]>;
  /** Inserts deliveries (ignoring existing keys) and moves the cursor, atomically. */
  expandPage(publicationId: string, subscriberIds: { id: string; channel: string }[], cursor: string, done: boolean, at: Date): Promise<void>;
  /** Claims due deliveries by pushing their next attempt out by `leaseMs` and counting the attempt. */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<DueDelivery[]>;
  publication(id: string): Promise<Publication | null>;
  /** Which of these subscribers got a delivery of another publication about the incident. */
  earlierRecipients(incidentId: string, exceptPublicationId: string, subscriberIds: string[]): Promise<Set<string>>;
  /** Marks deliveries sent (several when folded into one digest) and stamps the subscriber. */
  markSent(ids: string[], subscriberId: string, at: Date): Promise<void>;
  /** Puts a claimed delivery back until `until` without counting the attempt (fatigue). */
  defer(id: string, until: Date): Promise<void>;
  markRetry(id: string, nextAt: Date, error: string): Promise<void>;
  markFinal(id: string, status: "failed" | "bounced" | "dead", error: string, at: Date): Promise<void>;
  /** Moves a sent or queued delivery to `bounced`; false when unknown or already in another state. */
  markBounced(id: string, reason: string, at: Date): Promise<boolean>;
  /** The subscriber a delivery went to, or null for an unknown delivery key. */
  subscriberOfDelivery(id: string): Promise<string | null>;
  addSubscribers(subscribers: (NewSubscriber & { status: Subscriber["status"] })[], newId: () => string, at: Date): Promise<Subscriber[]>;
  subscriber(id: string): Promise<Subscriber | null>;
  setStatus(id: string, status: Subscriber["status"]): Promise<void>;
  setPreferences(id: string, prefs: Pick<Subscriber, "locale" | "regions">): Promise<void>;
  deadLetters(limit: number): Promise<{ id: string; publicationId: string; subscriberId: string; channel: string; attempts: number; lastError: string | null }[]>;
  replay(id: string, at: Date): Promise<boolean>;
  progress(publicationId: string): Promise<PublicationProgress | null>;
  /** Counts a click on a tracked link; false for an unknown delivery. */
  recordClick(deliveryId: string, at: Date): Promise<boolean>;
}
