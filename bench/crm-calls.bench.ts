/**
 * API calls spent against the minimum the APIs allow (goal <= 1.05x), measured in one run against
 * msw fakes of HubSpot and Salesforce:
 *   sync N accounts: HubSpot ceil(N/100) list pages and contact batch reads (100 per call) plus ceil(N/1000)
 *   association batch reads (v4 takes 1,000 inputs) and one owners page; ceil(N/2000) SOQL pages;
 *   alert M CSMs: ceil(M/200) Salesforce collection calls (and ceil(M/100) HubSpot task batches).
 * Usage: npm run bench:crm [-- N M]
 */
import { setupServer } from "msw/node";
import { hsContact, hsGeneratedCompany } from "#connectors/hubspot/fixtures";
import { createHubSpotConnector } from "#connectors/hubspot/index";
import { sfContact, sfGeneratedAccount } from "#connectors/salesforce/fixtures";
import { createSalesforceConnector } from "#connectors/salesforce/index";
import { defaultMappings } from "#core/crm/mapping";
import type { AlertRequest, Crm } from "#core/ports/crm";
import { hsBase, hsToken, hubspotPortal } from "#test/crm/support/hubspot-portal";
import { salesforceOrg, sfBase, sfToken } from "#test/crm/support/salesforce-org";

const N = Number(process.argv[2] ?? 12_345);
const M = Number(process.argv[3] ?? 1_234);
const noWait = async () => {};

const companies = Array.from({ length: N }, (_, i) => hsGeneratedCompany(i));
const hs = hubspotPortal({
  companies,
  contacts: companies.map((_c, i) =>
    hsContact({ id: String(500_000 + i), first: "Pat", last: `Doe${i}`, phone: "+1 555 0100", title: "CTO" }),
  ),
  links: Object.fromEntries(companies.map((c, i) => [c.id, [String(500_000 + i)]])),
});
const accounts = Array.from({ length: N }, (_, i) => sfGeneratedAccount(i));
const sf = salesforceOrg({
  accounts,
  contacts: accounts.map((a, i) =>
    sfContact({
      id: `0035g${String(i).padStart(11, "0")}`,
      accountId: a.Id,
      name: `Pat Doe${i}`,
      phone: "+1 555 0100",
      title: "CTO",
    }),
  ),
});
const server = setupServer(...hs.handlers, ...sf.handlers);
server.listen({ onUnhandledRequest: "error" });

const hubspot = createHubSpotConnector({
  accessToken: hsToken,
  basePath: hsBase,
  mapping: defaultMappings.hubspot,
  sleep: noWait,
  // The bench counts calls, not time: no ten-second reservoir.
  limiter: { maxConcurrent: 4 },
});
const salesforce = createSalesforceConnector({
  instanceUrl: sfBase,
  accessToken: sfToken,
  mapping: defaultMappings.salesforce,
  sleep: noWait,
});
const sync = async (crm: Crm) => {
  let seen = 0;
  await crm.syncAccounts(null, async (p) => {
    seen += p.accounts.length;
  });
  if (seen !== N) throw new Error(`${crm.source}: synced ${seen} of ${N}`);
};
const count = (calls: { path: string; method: string }[], test: (c: { path: string; method: string }) => boolean) =>
  calls.filter(test).length;
const rows: [string, number, number][] = [];

await sync(hubspot);
rows.push([
  "HubSpot association batch reads, sync N",
  count(hs.state.calls, (c) => c.path.includes("/associations/")),
  Math.ceil(N / 1000),
]);
rows.push([
  "HubSpot contact batch reads, sync N",
  count(hs.state.calls, (c) => c.path.startsWith("/crm/v3/objects/contacts/batch/read")),
  Math.ceil(N / 100),
]);
rows.push([
  "HubSpot all calls, sync N (list + assoc + contacts + owners)",
  hs.state.calls.length,
  2 * Math.ceil(N / 100) + Math.ceil(N / 1000) + 1,
]);
await sync(salesforce);
rows.push([
  "Salesforce Account SOQL pages, sync N",
  count(sf.state.calls, (c) => c.path.includes("FROM%20Account") || c.path.includes("01gAccount")),
  Math.ceil(N / 2000),
]);
rows.push(["Salesforce all calls, sync N (Account + Contact pages)", sf.state.calls.length, 2 * Math.ceil(N / 2000)]);

const requests: AlertRequest[] = Array.from({ length: M }, (_, i) => ({
  key: `inc_bench:${i}`,
  accountExternalId: accounts[i % N].Id,
  ownerId: accounts[i % N].OwnerId,
  subject: "[P1] Bench",
  description: "Bench",
  dueAt: new Date(),
}));
const sfBefore = sf.state.calls.length;
await salesforce.createAlerts(requests);
rows.push(["Salesforce collection calls, alert M", sf.state.calls.length - sfBefore, Math.ceil(M / 200)]);
const hsBefore = hs.state.calls.length;
await hubspot.createAlerts(requests.map((r, i) => ({ ...r, accountExternalId: companies[i % N].id })));
rows.push([
  "HubSpot task batches, alert M (notes excluded)",
  count(hs.state.calls.slice(hsBefore), (c) => c.path.includes("/tasks/batch/create")),
  Math.ceil(M / 100),
]);
server.close();

console.log(`N = ${N} accounts per CRM, M = ${M} alerts\n`);
console.log("| measure | calls | minimum | ratio |\n|---|---|---|---|");
for (const [name, calls, min] of rows)
  console.log(
    `| ${name} | ${calls} | ${min} | ${(calls / min).toFixed(3)}${calls / min <= 1.05 ? "" : " (over 1.05)"} |`,
  );
