import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import { deliveryOptions } from "#apps/hub/wiring/delivery";
import { internalAlertOptions } from "#apps/hub/wiring/internal-alerts";
import { hsCompanies, hsCompanyContacts, hsContacts } from "#connectors/hubspot/fixtures";
import { created } from "#connectors/notify/twilio/fixtures";
import { sfAccounts, sfContacts } from "#connectors/salesforce/fixtures";
import { createZendeskConnector } from "#connectors/zendesk/index";
import { fakeZendesk } from "#connectors/zendesk/testing/fake-zendesk";
import { testCrmConnectors } from "#test/crm/support/crm-hub";
import { hubspotPortal } from "#test/crm/support/hubspot-portal";
import { salesforceOrg } from "#test/crm/support/salesforce-org";
import { createTestHub } from "#test/support/hub";

export const slackHook = "https://hooks.slack.com/services/T000/B000/subscriber";
export const teamsHook = "https://acme.webhook.office.com/webhookb2/subscriber";
export const customerHook = "https://hooks.customer.example/liaison";
export const internalSlack = "https://hooks.slack.com/services/T000/B000/internal";
export const internalTeams = "https://acme.webhook.office.com/webhookb2/internal";

/** Every vendor call the hub makes, by host; the drill test expects none while a drill runs. */
export const vendorCalls: { host: string; method: string; path: string }[] = [];
const record = (request: Request) => {
  const url = new URL(request.url);
  vendorCalls.push({ host: url.host, method: request.method, path: url.pathname });
};
const ok = () => new HttpResponse("ok", { status: 200 });

export const server = setupServer(
  http.post("https://api.sendgrid.com/v3/mail/send", () => new HttpResponse(null, { status: 202 })),
  http.post(
    "https://api.twilio.com/2010-04-01/Accounts/:sid/Messages.json",
    () => new HttpResponse(created.body, { status: created.status, headers: { "content-type": "application/json" } }),
  ),
  http.post(slackHook, ok),
  http.post(internalSlack, ok),
  http.post(teamsHook, ok),
  http.post(internalTeams, ok),
  http.post(customerHook, () => new HttpResponse(null, { status: 204 })),
);
server.events.on("request:start", ({ request }) => record(request));

const noWait = async () => {};

/** A hub with every outbound port configured against msw: delivery, internal alerts, Zendesk, HubSpot, Salesforce. */
export async function wiredHub() {
  let now = () => new Date();
  const zd = fakeZendesk("https://acme.zendesk.com/api/v2", { now: () => now() });
  const sf = salesforceOrg({ accounts: sfAccounts, contacts: sfContacts });
  const hs = hubspotPortal({ companies: hsCompanies, contacts: hsContacts, links: hsCompanyContacts });
  server.use(...zd.handlers, ...sf.handlers, ...hs.handlers);
  const delivery = deliveryOptions({
    LIAISON_DELIVERY_SECRET: "test-delivery-secret-0123456789",
    LIAISON_EMAIL_FROM: "status@example.com",
    LIAISON_SENDGRID_API_KEY: "SG.test",
    LIAISON_TWILIO_ACCOUNT_SID: "AC123",
    LIAISON_TWILIO_AUTH_TOKEN: "secret",
    LIAISON_TWILIO_FROM: "+14155550100",
  })!;
  const hub = await createTestHub({
    delivery,
    internalAlerts: internalAlertOptions(
      {
        LIAISON_INTERNAL_SLACK_WEBHOOK: internalSlack,
        LIAISON_INTERNAL_TEAMS_WEBHOOK: internalTeams,
        LIAISON_INTERNAL_EMAIL: "oncall@acme.example",
      },
      delivery.senders.email,
    ),
    desk: createZendeskConnector({
      subdomain: "acme",
      email: "liaison@acme.test",
      token: "zd-api-token-secret",
      requestsPerMinute: 1_000_000,
      updatesPerMinute: 1_000_000,
      retry: { sleep: noWait, maxAttempts: 2 },
    }),
    crmConnectors: testCrmConnectors(),
  });
  now = () => hub.clock.now();
  // The scheduled account sync reads the CRMs whatever is declared; the story stays inside one sync interval.
  hub.services.crm!.syncIntervalMs = 86_400_000;
  const tick = () => runScheduledWork(hub.services, (events) => handleEvents(events, hub.services), noWait);
  return { ...hub, zd, sf, hs, tick };
}
