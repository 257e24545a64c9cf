/** Realistic HubSpot CRM v3/v4 payloads, reused by the msw handlers in tests and bench. */

export function hsCompany(o: {
  id: string;
  name: string;
  tier: string | null;
  region: string | null;
  products: string;
  arr: number | null;
  ownerId: string;
  modified?: string;
}) {
  const modified = o.modified ?? "2026-11-18T09:15:00.000Z";
  return {
    id: o.id,
    properties: {
      name: o.name,
      customer_tier: o.tier,
      region: o.region,
      products_used: o.products,
      annualrevenue: o.arr === null ? null : String(o.arr),
      industry: "COMPUTER_SOFTWARE",
      hubspot_owner_id: o.ownerId,
      hs_object_id: o.id,
      createdate: "2024-02-01T12:00:00.000Z",
      hs_lastmodifieddate: String(Date.parse(modified)),
    },
    createdAt: "2024-02-01T12:00:00.000Z",
    updatedAt: modified,
    archived: false,
  };
}

export function hsContact(o: {
  id: string;
  first: string;
  last: string;
  phone: string | null;
  title: string;
  role?: string;
}) {
  return {
    id: o.id,
    properties: {
      firstname: o.first,
      lastname: o.last,
      email: `${o.first.toLowerCase()}@customer.example`,
      phone: o.phone,
      mobilephone: null,
      jobtitle: o.title,
      hs_buying_role: o.role ?? null,
      hs_object_id: o.id,
    },
    createdAt: "2024-03-01T12:00:00.000Z",
    updatedAt: "2026-10-01T12:00:00.000Z",
    archived: false,
  };
}

export const hsOwners = [
  {
    id: "71000001",
    email: "chloe.martin@acme-saas.example",
    firstName: "Chloé",
    lastName: "Martin",
    userId: 9100001,
    createdAt: "2023-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    archived: false,
    teams: [],
  },
  {
    id: "71000002",
    email: "dev.patel@acme-saas.example",
    firstName: "Dev",
    lastName: "Patel",
    userId: 9100002,
    createdAt: "2023-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    archived: false,
    teams: [],
  },
];

export const hsCompanies = [
  hsCompany({
    id: "9001",
    name: "Hooli Europe",
    tier: "strategic",
    region: "EU",
    products: "payments;analytics",
    arr: 1_100_000,
    ownerId: "71000001",
  }),
  hsCompany({
    id: "9002",
    name: "Soylent SAS",
    tier: "enterprise",
    region: "EU",
    products: "payments",
    arr: 3_000_000,
    ownerId: "71000002",
  }),
  hsCompany({
    id: "9003",
    name: "Acme Retail",
    tier: "standard",
    region: "EU",
    products: "payments",
    arr: 40_000,
    ownerId: "71000002",
  }),
  hsCompany({
    id: "9004",
    name: "Vandelay Industries",
    tier: "enterprise",
    region: "US",
    products: "payments",
    arr: 700_000,
    ownerId: "71000001",
  }),
];

export const hsContacts = [
  hsContact({
    id: "5101",
    first: "Lena",
    last: "Schulz",
    phone: "+49 89 5550 1111",
    title: "VP Engineering",
    role: "DECISION_MAKER",
  }),
  hsContact({
    id: "5102",
    first: "Hugo",
    last: "Bernard",
    phone: "+33 4 5550 2222",
    title: "Primary contact",
    role: "CHAMPION",
  }),
];
/** company id → contact ids, as the associations API links them. */
export const hsCompanyContacts: Record<string, string[]> = { "9001": ["5101"], "9002": ["5102"] };

export const hsGeneratedCompany = (i: number, modified?: string) =>
  hsCompany({
    id: String(100_000 + i),
    name: `Company ${i}`,
    tier: ["strategic", "enterprise", "growth", "standard"][i % 4],
    region: i % 2 ? "EU" : "US",
    products: "payments",
    arr: 5_000 * (i % 89),
    ownerId: hsOwners[i % 2].id,
    modified,
  });

/** A 429 from the ten-second rolling window. */
export const hsTenSecondlyLimit = {
  status: "error",
  message: "You have reached your ten_secondly_rolling limit.",
  errorType: "RATE_LIMIT",
  correlationId: "c0ffee00-1111-2222-3333-444455556666",
  policyName: "TEN_SECONDLY_ROLLING",
  groupName: "publicapi:private-app:4455667",
};
export const hsUnauthorized = {
  status: "error",
  message: "Authentication credentials not found. This API supports OAuth 2.0 authentication.",
  correlationId: "dead0000-1111-2222-3333-444455556666",
  category: "INVALID_AUTHENTICATION",
};
