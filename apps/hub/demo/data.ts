import type { Account, Tier } from "#core/crm/model";

/** The demo company: an online store with a payments product, in three regions. */
export const demoComponents = [
  { name: "Website", group: "Storefront" },
  { name: "Search", group: "Storefront" },
  { name: "Checkout", group: "Payments" },
  { name: "Card payments", group: "Payments" },
  { name: "Payouts", group: "Payments" },
  { name: "Public API", group: "Platform" },
  { name: "Webhooks", group: "Platform" },
  { name: "Dashboard", group: "Platform" },
];

export interface DemoIncident {
  title: string;
  severity: "P1" | "P2" | "P3" | "P4";
  component: string;
  daysAgo: number;
  /** Minutes after declaration, and what was said. */
  updates: { after: number; phase: "identified" | "monitoring" | "resolved"; message: string }[];
  message: string;
}

export const demoHistory: DemoIncident[] = [
  {
    title: "Card payments declined for some customers",
    severity: "P1",
    component: "Card payments",
    daysAgo: 41,
    message: "Some card payments are being declined. We are investigating.",
    updates: [
      {
        after: 18,
        phase: "identified",
        message: "A payment provider is rejecting part of our traffic. We are switching.",
      },
      { after: 46, phase: "monitoring", message: "Payments go through again. We are watching closely." },
      { after: 95, phase: "resolved", message: "Card payments work normally. Declined orders were not charged." },
    ],
  },
  {
    title: "Search results slow to load",
    severity: "P3",
    component: "Search",
    daysAgo: 27,
    message: "Search is slower than usual. Results still load.",
    updates: [{ after: 70, phase: "resolved", message: "Search is back to its usual speed." }],
  },
  {
    title: "Webhook deliveries delayed",
    severity: "P2",
    component: "Webhooks",
    daysAgo: 16,
    message: "Webhook deliveries are arriving late, by up to 20 minutes. No events are lost.",
    updates: [
      { after: 35, phase: "identified", message: "A queue is behind. We added capacity and it is catching up." },
      { after: 80, phase: "resolved", message: "Webhooks arrive on time again; every delayed event was delivered." },
    ],
  },
  {
    title: "Dashboard sign-in errors",
    severity: "P2",
    component: "Dashboard",
    daysAgo: 6,
    message: "Some people cannot sign in to the dashboard. The API is not affected.",
    updates: [{ after: 52, phase: "resolved", message: "Sign-in works again for everyone." }],
  },
];

export const openDemoIncident: DemoIncident = {
  title: "Checkout errors for some customers in Europe",
  severity: "P2",
  component: "Checkout",
  daysAgo: 0,
  message: "Some customers in Europe see errors at checkout. We are investigating.",
  updates: [
    {
      after: 25,
      phase: "identified",
      message: "We found the cause in a recent change and are rolling it back. Retrying the payment usually works.",
    },
  ],
};

const account = (
  source: Account["source"],
  externalId: string,
  name: string,
  tier: Tier,
  arr: number,
  region: string,
  csm: string,
): Account => ({
  id: `${source}:${externalId}`,
  source,
  externalId,
  name,
  tier,
  arr,
  regions: [region],
  products: ["Checkout", "Card payments"],
  segments: [],
  owner: { id: null, name: csm, email: `${csm.split(" ")[0]!.toLowerCase()}@example.com`, phone: "+44 20 7946 0000" },
  contacts: [
    { id: null, name: `Operations at ${name}`, email: null, phone: "+49 30 901820", role: "Ops", primary: true },
  ],
  modifiedAt: new Date("2026-11-01T00:00:00Z"),
});

export const demoAccounts: Account[] = [
  account("salesforce", "001DEMO0001", "Globex GmbH", "strategic", 2_400_000, "eu", "Ana Lopez"),
  account("salesforce", "001DEMO0002", "Initech SAS", "enterprise", 860_000, "eu", "Ana Lopez"),
  account("hubspot", "9001", "Umbrella Retail", "enterprise", 640_000, "us", "Sam Carter"),
  account("hubspot", "9002", "Stark BV", "growth", 120_000, "eu", "Sam Carter"),
  account("hubspot", "9003", "Wayne Ltd", "standard", 18_000, "apac", "Mia Chen"),
];

export const demoSubscribers = [
  { channel: "email", address: "ops@globex.example", locale: "de", regions: ["eu"] },
  { channel: "email", address: "it@initech.example", locale: "fr", regions: ["eu"] },
  { channel: "email", address: "support@umbrella.example", locale: "en", regions: ["us"] },
  { channel: "webhook", address: "https://hooks.stark.example/status", locale: "en", regions: [] },
];
