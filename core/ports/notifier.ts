import type { ComposedMessage } from "../templates/compose";

/** Who a publication is for, as the policy chose it. */
export interface Audience {
  internal: boolean;
  regions: string[];
  segments: string[];
  /** Channels limited to some tiers, e.g. SMS for enterprise only on P1. */
  channelTiers: Partial<Record<string, string[]>>;
}

export interface Publication {
  id: string;
  incidentId: string | null;
  kind: string;
  audience: Audience;
  messages: ComposedMessage[];
  createdAt: Date;
}

/** Hands messages to delivery. Delivery itself (email, SMS, chat) lives behind this port. */
export interface Notifier {
  notify(publication: Publication): Promise<void>;
}
