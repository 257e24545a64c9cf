import { generateKeyPairSync } from "node:crypto";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sfAccounts, sfContacts } from "#connectors/salesforce/fixtures";
import { createSalesforceConnector, type SalesforceConnectorConfig } from "#connectors/salesforce/index";
import { defaultMappings } from "#core/crm/mapping";
import { salesforceOAuth } from "./support/salesforce-oauth";
import { salesforceOrg, sfToken } from "./support/salesforce-org";

const loginUrl = "https://login.salesforce.test";
const clientId = "3MVG9liaisonConsumerKey";
const clientSecret = "liaison-consumer-secret-0123456789";
const username = "liaison@acme-saas.example";
// A key pair made for this test run: the private key signs, the fake checks with the public one.
const keys = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  publicKeyEncoding: { type: "spki", format: "pem" },
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
});
const stranger = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup() {
  const org = salesforceOrg({ accounts: sfAccounts, contacts: sfContacts });
  org.state.tokens.delete(sfToken);
  const oauth = salesforceOAuth({
    loginUrl,
    clientId,
    clientSecret,
    publicKey: keys.publicKey,
    username,
    accept: org.state.tokens,
  });
  server.use(...oauth.handlers, ...org.handlers);
  return { org, oauth };
}
const connector = (auth: Partial<SalesforceConnectorConfig>) =>
  createSalesforceConnector({ loginUrl, mapping: defaultMappings.salesforce, sleep: async () => {}, ...auth });
const sync = async (c: ReturnType<typeof connector>) => {
  let n = 0;
  await c.syncAccounts(null, async (p) => {
    n += p.accounts.length;
  });
  return n;
};

describe("Salesforce OAuth 2.0 flows (jsforce's OAuth2, msw token endpoint)", () => {
  it("signs in with the JWT bearer flow: an RS256 assertion the token endpoint verifies", async () => {
    const { oauth } = setup();
    const c = connector({ clientId, username, privateKey: keys.privateKey });
    expect(await sync(c)).toBe(6);
    expect(oauth.state.grants).toEqual(["urn:ietf:params:oauth:grant-type:jwt-bearer"]);
  });

  it("gets a new token on INVALID_SESSION_ID and replays the call", async () => {
    const { org, oauth } = setup();
    const c = connector({ clientId, username, privateKey: keys.privateKey });
    expect(await sync(c)).toBe(6);
    org.state.tokens.delete(oauth.state.issued[0]!);
    expect(await sync(c)).toBe(6);
    expect(oauth.state.issued).toHaveLength(2);
    expect(c.usage().apiCalls).toBeGreaterThan(0);
  });

  it("signs in with the client-credentials flow and refreshes the same way", async () => {
    const { org, oauth } = setup();
    const c = connector({ clientId, clientSecret });
    expect(await sync(c)).toBe(6);
    org.state.tokens.delete(oauth.state.issued[0]!);
    expect(await sync(c)).toBe(6);
    expect(oauth.state.grants).toEqual(["client_credentials", "client_credentials"]);
  });

  it("refuses an assertion signed by another key, and a wrong secret, without leaking either", async () => {
    setup();
    const forged = await sync(connector({ clientId, username, privateKey: stranger.privateKey })).catch((e) => e);
    expect(forged).toMatchObject({ name: "CrmError", code: "invalid_grant" });
    const wrong = await sync(connector({ clientId, clientSecret: "not-the-secret-000" })).catch((e) => e);
    expect(wrong).toMatchObject({ name: "CrmError", code: "invalid_client" });
    expect(JSON.stringify(wrong) + wrong.message).not.toContain("not-the-secret-000");
    expect(JSON.stringify(forged) + forged.message).not.toContain("PRIVATE KEY");
  });
});
