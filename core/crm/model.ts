import { z } from "zod";

/** Liaison's account tiers, highest first: the order outreach lists use. */
export const tiers = ["strategic", "enterprise", "growth", "standard"] as const;
export const Tier = z.enum(tiers);
export type Tier = z.infer<typeof Tier>;
export const tierRank = (t: Tier) => tiers.indexOf(t);

export const crmSources = ["hubspot", "salesforce"] as const;
export const CrmSource = z.enum(crmSources);
export type CrmSource = z.infer<typeof CrmSource>;

export const Person = z.object({
  id: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

export const Contact = Person.extend({ role: z.string().nullable(), primary: z.boolean() });
export type Contact = z.infer<typeof Contact>;

/** A customer organisation as a CRM knows it, normalised through the field mapping. */
export const Account = z.object({
  /** `source:externalId`, unique across CRMs. */
  id: z.string(),
  source: CrmSource,
  externalId: z.string(),
  name: z.string(),
  tier: Tier,
  arr: z.number().nonnegative(),
  /** Empty when the CRM holds no region: such accounts are flagged by regional targeting. */
  regions: z.array(z.string()),
  products: z.array(z.string()),
  segments: z.array(z.string()),
  owner: Person.nullable(),
  contacts: z.array(Contact),
  modifiedAt: z.date(),
});
export type Account = z.infer<typeof Account>;

export const accountId = (source: CrmSource, externalId: string) => `${source}:${externalId}`;

/** The primary contact, else the first contact with a phone number. */
export function primaryContact(account: Pick<Account, "contacts">): Contact | null {
  return account.contacts.find((c) => c.primary) ?? account.contacts.find((c) => c.phone) ?? null;
}

export const callStates = ["pending", "called", "reached", "voicemail", "declined", "done"] as const;
export const CallState = z.enum(callStates);
export type CallState = z.infer<typeof CallState>;

/** One account to phone during an incident, with the state of the call. */
export const OutreachEntry = z.object({
  incidentId: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  source: CrmSource,
  tier: Tier,
  arr: z.number(),
  csm: Person.nullable(),
  contact: Contact.nullable(),
  position: z.number().int(),
  /** False once a scope change took the account out; the recorded call state stays. */
  inScope: z.boolean(),
  state: CallState,
  stateBy: z.string().nullable(),
  stateAt: z.date().nullable(),
  note: z.string().nullable(),
});
export type OutreachEntry = z.infer<typeof OutreachEntry>;

/** Groups items by a key (Map.groupBy is not in Node 20). */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
