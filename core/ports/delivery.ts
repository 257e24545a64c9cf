import type { DeliveryStatus, NewSubscriber, Subscriber, SubscriberChannel } from "../delivery/model";
import type { SendResult } from "../delivery/retry";
import type { Publication } from "./notifier";

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

/**
 * Stand-ins for per-recipient values in a message shared by many recipients: the URL-encoded
 * delivery key (in tracked links) and the recipient's unsubscribe URL (in the email footer).
 */
export const recipientTags = { delivery: "-liaison_delivery-", unsubscribe: "-liaison_unsubscribe-" } as const;

/** One message for many recipients; `text` and `html` may hold `recipientTags`. */
export type SharedMessage = Omit<OutgoingMessage, "key" | "to" | "unsubscribeUrl">;
export type Recipient = Pick<OutgoingMessage, "key" | "to" | "unsubscribeUrl">;

/** A channel adapter (SendGrid, Twilio, Slack, Teams, webhook). */
export interface ChannelSender {
  send(message: OutgoingMessage): Promise<SendResult>;
  /**
   * Optional: one provider call for up to `max` recipients of one message (SendGrid
   * personalizations). The sender puts each recipient's values in place of `recipientTags`.
   */
  batch?: { max: number; send(message: SharedMessage, recipients: Recipient[]): Promise<SendResult> };
}

export interface DueDelivery {
  id: string;
  publicationId: string;
  subscriber: Subscriber;
  /** Counting this claim: more than one means an earlier attempt may have delivered it. */
  attempts: number;
  /** When a message last went to a provider for this subscriber, answered or not. */
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
  expandPage(
    publicationId: string,
    subscriberIds: { id: string; channel: string }[],
    cursor: string,
    done: boolean,
    at: Date,
  ): Promise<void>;
  /**
   * Claims due deliveries on the given channels (all when omitted, none when empty) by pushing
   * their next attempt out by `leaseMs` and counting the attempt.
   */
  claimDue(
    now: Date,
    limit: number,
    leaseMs: number,
    channels?: { only?: string[]; except?: string[] },
  ): Promise<DueDelivery[]>;
  publication(id: string): Promise<Publication | null>;
  /** Which of these subscribers got, or are still due, a delivery of another publication about the incident. */
  earlierRecipients(incidentId: string, exceptPublicationId: string, subscriberIds: string[]): Promise<Set<string>>;
  /** Cancels these subscribers' still-queued deliveries of other publications about the incident; returns how many. */
  cancelQueued(incidentId: string, exceptPublicationId: string, subscriberIds: string[], at: Date): Promise<number>;
  /**
   * Stamps these subscribers' `lastSentAt` before a provider call: a call whose answer is lost (or a hub killed
   * mid-call) may still have delivered, and fatigue must count it.
   */
  markAttempting(subscriberIds: string[], at: Date): Promise<void>;
  /** Marks deliveries sent (a digest folds several, a batch spans many subscribers) and stamps their subscribers. */
  markSent(ids: string[], subscriberIds: string[], at: Date): Promise<void>;
  /** Puts a claimed delivery back until `until` without counting the attempt (fatigue). */
  defer(id: string, until: Date): Promise<void>;
  markRetry(ids: string[], nextAt: Date, error: string): Promise<void>;
  markFinal(ids: string[], status: "failed" | "bounced" | "dead", error: string, at: Date): Promise<void>;
  /** Marks these deliveries sent where they are still queued (the provider took them); returns how many. */
  confirmSent(ids: string[], at: Date): Promise<number>;
  /** Moves a sent or queued delivery to `bounced`; false when unknown or already in another state. */
  markBounced(id: string, reason: string, at: Date): Promise<boolean>;
  /** The subscriber a delivery went to, or null for an unknown delivery key. */
  subscriberOfDelivery(id: string): Promise<string | null>;
  addSubscribers(
    subscribers: (NewSubscriber & { status: Subscriber["status"] })[],
    newId: () => string,
    at: Date,
  ): Promise<Subscriber[]>;
  subscriber(id: string): Promise<Subscriber | null>;
  subscriberByAddress(channel: string, address: string): Promise<Subscriber | null>;
  setStatus(id: string, status: Subscriber["status"]): Promise<void>;
  setPreferences(id: string, prefs: Pick<Subscriber, "locale" | "regions">): Promise<void>;
  deadLetters(limit: number): Promise<
    {
      id: string;
      publicationId: string;
      subscriberId: string;
      channel: string;
      attempts: number;
      lastError: string | null;
    }[]
  >;
  replay(id: string, at: Date): Promise<boolean>;
  progress(publicationId: string): Promise<PublicationProgress | null>;
  /** The publications about one incident, oldest first. */
  incidentPublications(incidentId: string): Promise<{ id: string; kind: string; createdAt: Date }[]>;
  /**
   * Deletes up to `limit` settled deliveries (sent, failed, bounced) last changed before `before`,
   * then publications left with none. Queued ones and dead letters stay. Returns deliveries deleted.
   */
  purgeSettled(before: Date, limit: number): Promise<number>;
  /** Counts a click on a tracked link; false for an unknown delivery. */
  recordClick(deliveryId: string, at: Date): Promise<boolean>;
}

/** An email provider: SendGrid today; Postmark or SES would sit beside it. */
export type EmailProvider = ChannelSender & { name: string };
