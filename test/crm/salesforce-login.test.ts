import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sfAccounts, sfContacts } from "#connectors/salesforce/fixtures";
import { createSalesforceConnector } from "#connectors/salesforce/index";
import { defaultMappings } from "#core/crm/mapping";
import { salesforceOrg, sfBase, sfToken } from "./support/salesforce-org";

const loginUrl = "https://login.salesforce.test";
const password = "Sup3r-Secret-Passw0rd+SecurityTokenXYZ";
const org = salesforceOrg({ accounts: sfAccounts, contacts: sfContacts });
const soapOk =
  `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><loginResponse><result><metadataServerUrl>${sfBase}/services/Soap/m/62.0/00D5g000004ABCD</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>false</sandbox><serverUrl>${sfBase}/services/Soap/u/62.0/00D5g000004ABCD</serverUrl><sessionId>${sfToken}</sessionId><userId>0055g00000CSMANA</userId><userInfo><organizationId>00D5g000004ABCDEAA</organizationId></userInfo></result></loginResponse></soapenv:Body></soapenv:Envelope>`.replace(
    "<userInfo>",
    "<organizationId>00D5g000004ABCDEAA</organizationId><userInfo>",
  );
const soapFault = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault><faultcode>INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`;
const logins: string[] = [];
const server = setupServer(
  http.post(`${loginUrl}/services/Soap/u/62.0`, async ({ request }) => {
    const body = await request.text();
    logins.push(body);
    return body.includes(`<password>${password}</password>`)
      ? HttpResponse.text(soapOk, { headers: { "content-type": "text/xml" } })
      : HttpResponse.text(soapFault, { status: 500, headers: { "content-type": "text/xml" } });
  }),
  ...org.handlers,
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const connector = (pw: string) =>
  createSalesforceConnector({
    loginUrl,
    username: "liaison@acme-saas.example",
    password: pw,
    mapping: defaultMappings.salesforce,
    sleep: async () => {},
  });

describe("Salesforce username-password login", () => {
  it("logs in once and reads with the session it got", async () => {
    let count = 0;
    const c = connector(password);
    await c.syncAccounts(null, async (p) => {
      count += p.accounts.length;
    });
    await c.syncAccounts(null, async () => {});
    expect(count).toBe(6);
    expect(logins).toHaveLength(1);
  });

  it("reports a failed login without the password", async () => {
    const err = (await connector(`wrong-${password}`)
      .syncAccounts(null, async () => {})
      .catch((e) => e)) as Error;
    expect(err.message).toContain("INVALID_LOGIN");
    expect(err.message + JSON.stringify(err)).not.toContain(password);
  });
});
