import { createHubSpotConnector } from "#connectors/hubspot/index";
import { createSalesforceConnector } from "#connectors/salesforce/index";
import { defaultMappings, FieldMapping } from "#core/crm/mapping";
import type { Crm } from "#core/ports/crm";
import type { HubConfig } from "../config";

// Kept apart from crm-wiring.ts so that only the runtime entries pull the SDKs in (both do; they run in workerd under
// nodejs_compat).
function mappingFor(source: "hubspot" | "salesforce", raw: string | undefined): FieldMapping {
  if (!raw) return defaultMappings[source];
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  return parsed[source]
    ? FieldMapping.parse({ ...defaultMappings[source], ...(parsed[source] as object) })
    : defaultMappings[source];
}

/** Connectors for every CRM whose credentials are configured; none when nothing is set. */
export function crmConnectorsFromConfig(config: HubConfig): Crm[] {
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
