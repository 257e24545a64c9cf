import { z } from "zod";
import type { PageConfig } from "./services";

/** Settings both runtimes read from their environment (process.env or Worker vars and secrets). */
export const HubConfig = z.object({
  LIAISON_ADMIN_TOKEN: z.string().min(16, "LIAISON_ADMIN_TOKEN must be at least 16 characters").optional(),
  LIAISON_PAGE_NAME: z.string().min(1).default("Liaison status"),
  LIAISON_PUBLIC_URL: z.url().optional(),
  LIAISON_TIME_ZONE: z.string().default("Etc/UTC"),
  // CRM connectors (apps/hub/jobs/crm-wiring.ts): each is enabled by its credentials.
  HUBSPOT_ACCESS_TOKEN: z.string().min(1).optional(),
  SALESFORCE_INSTANCE_URL: z.url().optional(),
  SALESFORCE_LOGIN_URL: z.url().optional(),
  SALESFORCE_ACCESS_TOKEN: z.string().min(1).optional(),
  SALESFORCE_USERNAME: z.string().min(1).optional(),
  SALESFORCE_PASSWORD: z.string().min(1).optional(),
  SALESFORCE_CLIENT_ID: z.string().min(1).optional(),
  SALESFORCE_CLIENT_SECRET: z.string().min(1).optional(),
  // A PEM key; an environment line may carry its newlines as "\n".
  SALESFORCE_PRIVATE_KEY: z
    .string()
    .min(1)
    .transform((k) => k.replace(/\\n/g, "\n"))
    .optional(),
  SALESFORCE_CHATTER: z.enum(["true", "false"]).optional(),
  LIAISON_CRM_MAPPING: z
    .string()
    .refine((s) => {
      try {
        return typeof JSON.parse(s) === "object";
      } catch {
        return false;
      }
    }, "LIAISON_CRM_MAPPING must be a JSON object")
    .optional(),
  // Delivery (issue 6): senders exist only when their settings do.
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
export type HubConfig = z.infer<typeof HubConfig>;

export function parseConfig(env: Record<string, unknown>): HubConfig {
  const parsed = HubConfig.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}

export function pageConfig(config: HubConfig, fallbackUrl: string): PageConfig {
  const url = (config.LIAISON_PUBLIC_URL ?? fallbackUrl).replace(/\/$/, "");
  return { id: "liaison", name: config.LIAISON_PAGE_NAME, url, timeZone: config.LIAISON_TIME_ZONE };
}
