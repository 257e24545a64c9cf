/** Realistic Salesforce REST payloads (API v62.0), reused by the msw handlers in tests and bench. */

const attributes = (type: string, id: string) => ({ type, url: `/services/data/v62.0/sobjects/${type}/${id}` });
const owner = (id: string, name: string) => ({
  attributes: attributes("User", id),
  Name: name,
  Email: `${name.split(" ")[0].toLowerCase()}@acme-saas.example`,
  Phone: "+1 415 555 0100",
});

/** An Account row as SOQL returns it with Owner relationship fields and the default mapped fields. */
export function sfAccount(o: {
  id: string;
  name: string;
  tier: string | null;
  region: string | null;
  products: string;
  arr: number | null;
  ownerId: string;
  ownerName: string;
  modstamp?: string;
}) {
  return {
    attributes: attributes("Account", o.id),
    Id: o.id,
    Name: o.name,
    OwnerId: o.ownerId,
    Owner: owner(o.ownerId, o.ownerName),
    SystemModstamp: o.modstamp ?? "2026-11-18T08:30:00.000+0000",
    Tier__c: o.tier,
    AnnualRevenue: o.arr,
    Region__c: o.region,
    Products__c: o.products,
    Industry: "Financial Services",
  };
}

export function sfContact(o: { id: string; accountId: string; name: string; phone: string | null; title: string }) {
  return {
    attributes: attributes("Contact", o.id),
    Id: o.id,
    AccountId: o.accountId,
    Name: o.name,
    Email: `${o.name.split(" ")[0].toLowerCase()}@customer.example`,
    Phone: o.phone,
    Title: o.title,
  };
}

/** The done-when org: mixed tiers, regions and products, including an account with no region. */
export const sfAccounts = [
  sfAccount({
    id: "0015g00000GLOBEX",
    name: "Globex GmbH",
    tier: "Strategic",
    region: "EU",
    products: "Payments;Billing",
    arr: 2_400_000,
    ownerId: "0055g00000CSMANA",
    ownerName: "Ana Lopez",
  }),
  sfAccount({
    id: "0015g00000INITEC",
    name: "Initech SE",
    tier: "Enterprise",
    region: "EU",
    products: "Payments;Search",
    arr: 900_000,
    ownerId: "0055g00000CSMBEN",
    ownerName: "Ben Okafor",
  }),
  sfAccount({
    id: "0015g00000UMBREL",
    name: "Umbrella Inc",
    tier: "Strategic",
    region: "US",
    products: "Payments",
    arr: 5_000_000,
    ownerId: "0055g00000CSMANA",
    ownerName: "Ana Lopez",
  }),
  sfAccount({
    id: "0015g00000STARKB",
    name: "Stark BV",
    tier: "Growth",
    region: "EU",
    products: "Payments",
    arr: 120_000,
    ownerId: "0055g00000CSMBEN",
    ownerName: "Ben Okafor",
  }),
  sfAccount({
    id: "0015g00000WAYNEL",
    name: "Wayne Ltd",
    tier: "Enterprise",
    region: null,
    products: "Payments",
    arr: 1_500_000,
    ownerId: "0055g00000CSMBEN",
    ownerName: "Ben Okafor",
  }),
  sfAccount({
    id: "0015g00000TYRELL",
    name: "Tyrell AG",
    tier: "Enterprise",
    region: "EU",
    products: "Search",
    arr: 800_000,
    ownerId: "0055g00000CSMANA",
    ownerName: "Ana Lopez",
  }),
];

export const sfContacts = [
  sfContact({
    id: "0035g00000GLOB01",
    accountId: "0015g00000GLOBEX",
    name: "Greta Weber",
    phone: "+49 30 5550 1234",
    title: "Primary Contact, Head of Payments",
  }),
  sfContact({
    id: "0035g00000GLOB02",
    accountId: "0015g00000GLOBEX",
    name: "Jonas Klein",
    phone: "+49 30 5550 9876",
    title: "Engineer",
  }),
  sfContact({
    id: "0035g00000INIT01",
    accountId: "0015g00000INITEC",
    name: "Marie Dupont",
    phone: "+33 1 5550 4321",
    title: "CTO",
  }),
];

/** A generated account for paging tests and the bench. */
export const sfGeneratedAccount = (i: number) =>
  sfAccount({
    id: `0015g${String(i).padStart(11, "0")}`,
    name: `Customer ${i}`,
    tier: ["Strategic", "Enterprise", "Growth", "Standard"][i % 4],
    region: i % 2 ? "EU" : "US",
    products: "Payments",
    arr: 10_000 * (i % 97),
    ownerId: `0055g${String(i % 40).padStart(11, "0")}`,
    ownerName: `Csm Number${i % 40}`,
  });

/** sObject collection answers, per record. */
export const sfSaveOk = (id: string) => ({ id, success: true, errors: [] });
export const sfSaveError = (statusCode: string, message: string) => ({
  success: false,
  errors: [{ statusCode, message, fields: [] }],
});

/** The 403 Salesforce sends when the org's API limit is hit. */
export const sfRequestLimitExceeded = [
  { message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" },
];
/** The concurrent long-running request limit: clears in seconds, unlike the daily allocation above. */
export const sfConcurrentLimitExceeded = [
  { message: "ConcurrentPerOrgLongTxn Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" },
];
/** One failed item of a Chatter batch post (e.g. Chatter off for the record's object, or a bad mention). */
export const sfChatterItemError = (errorCode: string, message: string) => ({
  statusCode: 400,
  result: [{ errorCode, message }],
});
/** The token endpoint's answer to a JWT bearer or client-credentials request. */
export const sfTokenAnswer = (accessToken: string, instanceUrl: string) => ({
  access_token: accessToken,
  scope: "api",
  instance_url: instanceUrl,
  id: "https://login.salesforce.com/id/00D5g000004ABCDEAA/0055g00000LIAISON",
  token_type: "Bearer",
});
export const sfInvalidGrant = (description: string) => ({ error: "invalid_grant", error_description: description });
export const sfInvalidSession = [{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }];
