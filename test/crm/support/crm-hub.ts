import { setupServer } from "msw/node";
import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import { hsCompanies, hsCompanyContacts, hsContacts } from "#connectors/hubspot/fixtures";
import { createHubSpotConnector } from "#connectors/hubspot/index";
import { sfAccounts, sfContacts } from "#connectors/salesforce/fixtures";
import { createSalesforceConnector } from "#connectors/salesforce/index";
import { defaultMappings } from "#core/crm/mapping";
import { createTestHub } from "#test/support/hub";
import { hsBase, hsToken, hubspotPortal } from "./hubspot-portal";
import { salesforceOrg, sfBase, sfToken } from "./salesforce-org";

export const server = setupServer();
const noWait = async () => {};

/** Both CRM connectors pointed at the msw fakes of a Salesforce org and a HubSpot portal, without real-time waits. */
export const testCrmConnectors = () => [
  createHubSpotConnector({
    accessToken: hsToken,
    basePath: hsBase,
    mapping: defaultMappings.hubspot,
    sleep: noWait,
    // The SDK's retries and ten-second reservoir wait in real time; tests count calls instead.
    sdkRetries: 0,
    limiter: { maxConcurrent: 4 },
  }),
  createSalesforceConnector({
    instanceUrl: sfBase,
    accessToken: sfToken,
    mapping: defaultMappings.salesforce,
    chatter: true,
    sleep: noWait,
  }),
];

/** A test hub with both CRM connectors pointed at msw fakes of a Salesforce org and a HubSpot portal. */
export async function createCrmHub() {
  const sf = salesforceOrg({ accounts: sfAccounts, contacts: sfContacts });
  const hs = hubspotPortal({ companies: hsCompanies, contacts: hsContacts, links: hsCompanyContacts });
  server.use(...sf.handlers, ...hs.handlers);
  const hub = await createTestHub({
    crmConnectors: testCrmConnectors(),
  });
  /** One scheduler tick: drains the outbox, which refreshes outreach and CRM alerts. */
  const tick = () => runScheduledWork(hub.services, (events) => handleEvents(events, hub.services));
  return { ...hub, sf, hs, tick };
}
