import { z } from "zod";
import { createHubSpotConnector } from "#connectors/hubspot/index";
import { createSalesforceConnector } from "#connectors/salesforce/index";
import { defaultMappings, FieldMapping } from "#core/crm/mapping";
import type { Crm } from "#core/ports/crm";
import { parseEnv, type RawEnv } from "./env";

/** CRM credentials and field mapping: each CRM is enabled by its credentials. */
export const CrmEnv = z.object({
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
});

function mappingFor(source: "hubspot" | "salesforce", raw: string | undefined): FieldMapping {
  if (!raw) return defaultMappings[source];
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  return parsed[source]
    ? FieldMapping.parse({ ...defaultMappings[source], ...(parsed[source] as object) })
    : defaultMappings[source];
}

/** Connectors for every CRM whose credentials are configured; none when nothing is set. */
export function crmConnectorsFromEnv(env: RawEnv): Crm[] {
  const config = parseEnv("CRM", CrmEnv, env);
  const out: Crm[] = [];
  if (config.HUBSPOT_ACCESS_TOKEN)
    out.push(
      createHubSpotConnector({
        accessToken: config.HUBSPOT_ACCESS_TOKEN,
        mapping: mappingFor("hubspot", config.LIAISON_CRM_MAPPING),
      }),
    );
  if (config.SALESFORCE_ACCESS_TOKEN || config.SALESFORCE_USERNAME || config.SALESFORCE_CLIENT_ID) {
    out.push(
      createSalesforceConnector({
        instanceUrl: config.SALESFORCE_INSTANCE_URL,
        accessToken: config.SALESFORCE_ACCESS_TOKEN,
        loginUrl: config.SALESFORCE_LOGIN_URL,
        username: config.SALESFORCE_USERNAME,
        password: config.SALESFORCE_PASSWORD,
        clientId: config.SALESFORCE_CLIENT_ID,
        clientSecret: config.SALESFORCE_CLIENT_SECRET,
        privateKey: config.SALESFORCE_PRIVATE_KEY,
        chatter: config.SALESFORCE_CHATTER === "true",
        mapping: mappingFor("salesforce", config.LIAISON_CRM_MAPPING),
      }),
    );
  }
  return out;
}
