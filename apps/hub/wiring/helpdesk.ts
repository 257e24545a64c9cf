import { z } from "zod";
import type { ZendeskConnectorConfig } from "#connectors/zendesk/index";
import { type DeskSettings, defaultDeskSettings } from "#core/helpdesk/deps";
import { parseEnv, type RawEnv } from "./env";

const flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((v) => v === "true" || v === "1");
const threshold = z.coerce.number().min(0).max(1).optional();

/** Zendesk settings from the environment (process.env on Node, vars and secrets on Workers). */
export const ZendeskEnv = z.object({
  ZENDESK_SUBDOMAIN: z
    .string()
    .regex(/^[a-z0-9-]+$/i, "ZENDESK_SUBDOMAIN is the part before .zendesk.com")
    .optional(),
  ZENDESK_EMAIL: z.email().optional(),
  ZENDESK_API_TOKEN: z.string().min(1).optional(),
  ZENDESK_OAUTH_TOKEN: z.string().min(1).optional(),
  ZENDESK_BASE_URL: z.url().optional(),
  ZENDESK_WEBHOOK_SECRET: z.string().min(16, "ZENDESK_WEBHOOK_SECRET is the webhook's signing secret").optional(),
  ZENDESK_REQUESTS_PER_MINUTE: z.coerce.number().int().min(10).optional(),
  ZENDESK_UPDATES_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  ZENDESK_REGION_FIELD_ID: z.string().optional(),
  ZENDESK_TIER_FIELD_ID: z.string().optional(),
  ZENDESK_INCIDENT_FIELD_ID: z.string().optional(),
  ZENDESK_PUBLIC_REPLY: flag,
  ZENDESK_SUGGEST_NOTES: flag,
  ZENDESK_LINK_THRESHOLD: threshold,
  ZENDESK_SUGGEST_THRESHOLD: threshold,
});

export interface HelpdeskConfig {
  connector: ZendeskConnectorConfig | null;
  webhookSecret: string | null;
  /** Liaison's own Zendesk user, so its updates echoed by the webhook are not taken for an agent's. */
  liaisonEmail: string | null;
  settings: DeskSettings;
}

export function parseHelpdeskConfig(env: RawEnv): HelpdeskConfig {
  const e = parseEnv("Zendesk", ZendeskEnv, env);
  const token = e.ZENDESK_OAUTH_TOKEN ?? e.ZENDESK_API_TOKEN;
  if (e.ZENDESK_SUBDOMAIN && !token)
    throw new Error("Invalid Zendesk configuration: set ZENDESK_API_TOKEN (with ZENDESK_EMAIL) or ZENDESK_OAUTH_TOKEN");
  if (e.ZENDESK_API_TOKEN && !e.ZENDESK_OAUTH_TOKEN && !e.ZENDESK_EMAIL)
    throw new Error("Invalid Zendesk configuration: an API token needs ZENDESK_EMAIL");
  const connector: ZendeskConnectorConfig | null =
    e.ZENDESK_SUBDOMAIN && token
      ? {
          subdomain: e.ZENDESK_SUBDOMAIN,
          token,
          oauth: Boolean(e.ZENDESK_OAUTH_TOKEN),
          email: e.ZENDESK_OAUTH_TOKEN ? undefined : e.ZENDESK_EMAIL,
          baseUrl: e.ZENDESK_BASE_URL,
          requestsPerMinute: e.ZENDESK_REQUESTS_PER_MINUTE,
          updatesPerMinute: e.ZENDESK_UPDATES_PER_MINUTE,
          fields: { region: e.ZENDESK_REGION_FIELD_ID, tier: e.ZENDESK_TIER_FIELD_ID },
        }
      : null;
  return {
    connector,
    webhookSecret: e.ZENDESK_WEBHOOK_SECRET ?? null,
    liaisonEmail: e.ZENDESK_EMAIL ?? null,
    settings: {
      ...defaultDeskSettings,
      thresholds: {
        link: e.ZENDESK_LINK_THRESHOLD ?? defaultDeskSettings.thresholds.link,
        suggest: e.ZENDESK_SUGGEST_THRESHOLD ?? defaultDeskSettings.thresholds.suggest,
      },
      publicReply: e.ZENDESK_PUBLIC_REPLY,
      suggestNotes: e.ZENDESK_SUGGEST_NOTES,
      incidentFieldId: e.ZENDESK_INCIDENT_FIELD_ID ?? null,
    },
  };
}
