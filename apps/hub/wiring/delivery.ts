import type { KeyObject } from "node:crypto";
import { z } from "zod";
import { createSendGridSender } from "#connectors/notify/sendgrid/index";
import { sendGridWebhookKey } from "#connectors/notify/sendgrid/signature";
import { createSlackSender } from "#connectors/notify/slack/index";
import { createTeamsSender } from "#connectors/notify/teams/index";
import { createTwilioSender } from "#connectors/notify/twilio/index";
import { createWebhookSender } from "#connectors/notify/webhook/index";
import type { SubscriberChannel } from "#core/delivery/model";
import { defaultRates } from "#core/delivery/rate-limit";
import type { ChannelSender } from "#core/ports/delivery";
import { createRateLimiter, type RateLimiter } from "#core/shared/token-bucket";
import { parseEnv, type RawEnv } from "./env";

/** What the delivery pipeline needs from the runtime entry. */
export interface DeliveryOptions {
  senders: Partial<Record<SubscriberChannel, ChannelSender>>;
  /** HMAC secret for confirm/unsubscribe tokens and webhook signatures. */
  secret: string;
  leaseMs: number;
  /** Fatigue control: least time between two messages to one subscriber; bursts become a digest. */
  minIntervalMs: number;
  /** Provider calls per delivery run; keeps a Worker invocation under its subrequest limit. */
  maxCallsPerRun?: number;
  /** Days settled deliveries (and their publications' progress) are kept. */
  retentionDays: number;
  publicSignup: boolean;
  limiter: RateLimiter;
  /** SendGrid Event Webhook verification key; without it POST /webhooks/sendgrid answers 404. */
  sendgridWebhookKey?: KeyObject;
  /** Set when Twilio status callbacks are on: the token that signs them and the URL they were given. */
  twilioStatus?: { authToken: string; hubUrl: string };
}

/** Subscriber delivery: the signing secret, fan-out limits and each channel's provider. */
export const DeliveryEnv = z.object({
  /** Twilio status callbacks need the hub's public address. */
  LIAISON_PUBLIC_URL: z.url().optional(),
  LIAISON_DELIVERY_SECRET: z.string().min(16, "LIAISON_DELIVERY_SECRET must be at least 16 characters").optional(),
  LIAISON_DELIVERY_LEASE_MS: z.coerce.number().int().positive().default(60_000),
  LIAISON_FATIGUE_MIN_INTERVAL_MS: z.coerce.number().int().nonnegative().default(300_000),
  /** JSON sends per second per channel, e.g. {"email":600,"sms":30}; merged over the defaults. */
  LIAISON_DELIVERY_MAX_CALLS: z.coerce.number().int().positive().optional(),
  LIAISON_DELIVERY_RETENTION_DAYS: z.coerce.number().int().positive().default(90),
  LIAISON_DELIVERY_RATES: z
    .string()
    .optional()
    .transform((s) => (s ? z.record(z.string(), z.number().positive()).parse(JSON.parse(s)) : {})),
  LIAISON_PUBLIC_SIGNUP: z.enum(["on", "off"]).default("on"),
  LIAISON_EMAIL_FROM: z.email().optional(),
  LIAISON_SENDGRID_API_KEY: z.string().optional(),
  LIAISON_SENDGRID_URL: z.url().optional(),
  /** Base64 public key of SendGrid's signed Event Webhook; enables POST /webhooks/sendgrid. */
  LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY: z.string().min(1).optional(),
  LIAISON_TWILIO_ACCOUNT_SID: z.string().optional(),
  LIAISON_TWILIO_AUTH_TOKEN: z.string().optional(),
  LIAISON_TWILIO_FROM: z.string().optional(),
  LIAISON_TWILIO_URL: z.url().optional(),
  LIAISON_TWILIO_STATUS_CALLBACKS: z.enum(["on", "off"]).default("off"),
});

/** Builds the senders the configuration names; none without LIAISON_DELIVERY_SECRET. */
export function deliveryOptions(env: RawEnv): DeliveryOptions | undefined {
  const c = parseEnv("delivery", DeliveryEnv, env);
  if (!c.LIAISON_DELIVERY_SECRET) return undefined;
  const senders: DeliveryOptions["senders"] = {
    webhook: createWebhookSender({ secret: c.LIAISON_DELIVERY_SECRET }),
    slack: createSlackSender(),
    teams: createTeamsSender(),
  };
  if (c.LIAISON_SENDGRID_API_KEY && c.LIAISON_EMAIL_FROM) {
    senders.email = createSendGridSender({
      apiKey: c.LIAISON_SENDGRID_API_KEY,
      from: { email: c.LIAISON_EMAIL_FROM },
      baseUrl: c.LIAISON_SENDGRID_URL,
    });
  }
  let twilioStatus: DeliveryOptions["twilioStatus"];
  if (c.LIAISON_TWILIO_ACCOUNT_SID && c.LIAISON_TWILIO_AUTH_TOKEN && c.LIAISON_TWILIO_FROM) {
    if (c.LIAISON_TWILIO_STATUS_CALLBACKS === "on") {
      if (!c.LIAISON_PUBLIC_URL)
        throw new Error(
          "LIAISON_TWILIO_STATUS_CALLBACKS=on needs LIAISON_PUBLIC_URL: the address Twilio posts message status to.",
        );
      twilioStatus = { authToken: c.LIAISON_TWILIO_AUTH_TOKEN, hubUrl: c.LIAISON_PUBLIC_URL.replace(/\/$/, "") };
    }
    senders.sms = createTwilioSender({
      accountSid: c.LIAISON_TWILIO_ACCOUNT_SID,
      authToken: c.LIAISON_TWILIO_AUTH_TOKEN,
      from: c.LIAISON_TWILIO_FROM,
      baseUrl: c.LIAISON_TWILIO_URL,
      statusCallbackBase: twilioStatus?.hubUrl,
    });
  }
  return {
    senders,
    secret: c.LIAISON_DELIVERY_SECRET,
    leaseMs: c.LIAISON_DELIVERY_LEASE_MS,
    minIntervalMs: c.LIAISON_FATIGUE_MIN_INTERVAL_MS,
    maxCallsPerRun: c.LIAISON_DELIVERY_MAX_CALLS,
    retentionDays: c.LIAISON_DELIVERY_RETENTION_DAYS,
    publicSignup: c.LIAISON_PUBLIC_SIGNUP !== "off",
    limiter: createRateLimiter({ ...defaultRates, ...c.LIAISON_DELIVERY_RATES }),
    sendgridWebhookKey: c.LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY
      ? sendGridWebhookKey(c.LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY)
      : undefined,
    twilioStatus,
  };
}
