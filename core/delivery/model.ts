import { z } from "zod";

/** Channels a subscriber can be reached on. */
export const subscriberChannels = ["email", "sms", "webhook", "slack", "teams"] as const;
export const SubscriberChannel = z.enum(subscriberChannels);
export type SubscriberChannel = z.infer<typeof SubscriberChannel>;

export const e164 = z.string().regex(/^\+[1-9]\d{7,14}$/, "Phone numbers must be in E.164 form, like +14155550123.");
// The patterns are for the OpenAPI document, which would otherwise say only `format: email` or `uri`.
export const emailAddress = z.email("Not a valid email address.").meta({ pattern: z.regexes.email.source });
const https = z.url({ protocol: /^https?$/, error: "Must be an http(s) URL." }).meta({ pattern: "^https?://" });

/** Where a message goes, validated per channel. */
export const Address = z.discriminatedUnion("channel", [
  z.object({ channel: z.literal("email"), address: emailAddress }),
  z.object({ channel: z.literal("sms"), address: e164 }),
  z.object({ channel: z.literal("webhook"), address: https }),
  z.object({ channel: z.literal("slack"), address: https }),
  z.object({ channel: z.literal("teams"), address: https }),
]);

/** What a subscriber follows: the whole page, some components (or groups), or one incident. */
export const Scope = z.object({
  components: z.array(z.string().min(1)).max(200).default([]),
  incidentId: z.string().min(1).nullable().default(null),
});

export const NewSubscriber = z.intersection(
  Address,
  z.object({
    locale: z.string().min(2).max(10).default("en"),
    regions: z.array(z.string().min(1).max(64)).max(50).default([]),
    tier: z.string().min(1).max(64).nullable().default(null),
    scope: Scope.default({ components: [], incidentId: null }),
  }),
);
export type NewSubscriber = z.infer<typeof NewSubscriber>;

export type SubscriberStatus = "pending" | "active" | "unsubscribed";

export interface Subscriber {
  id: string;
  channel: SubscriberChannel;
  address: string;
  locale: string;
  regions: string[];
  tier: string | null;
  scope: z.infer<typeof Scope>;
  status: SubscriberStatus;
}

/** `cancelled`: a false alarm retracted the message before it went out. */
export const deliveryStatuses = ["queued", "sent", "failed", "bounced", "dead", "cancelled"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
