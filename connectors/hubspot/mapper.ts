import { type FieldMapping, mapAttributes } from "#core/crm/mapping";
import { type Account, accountId, type Contact, type Person } from "#core/crm/model";
import type { HsCompany, HsContact, HsOwner } from "./api-types";

export const ownerPerson = (o: HsOwner): Person => ({
  id: o.id,
  name: [o.firstName, o.lastName].filter(Boolean).join(" ") || (o.email ?? o.id),
  email: o.email ?? null,
  phone: null,
});

export function toContact(c: HsContact): Contact {
  const p = c.properties;
  const name = [p.firstname, p.lastname].filter(Boolean).join(" ") || (p.email ?? c.id);
  return {
    id: c.id,
    name,
    email: p.email ?? null,
    phone: p.phone ?? p.mobilephone ?? null,
    role: p.jobtitle ?? null,
    primary: /primary|main|champion/i.test(p.hs_buying_role ?? p.jobtitle ?? ""),
  };
}

/** HubSpot company (+ its owner and contacts) → Liaison Account. Pure. */
export function toAccount(
  company: HsCompany,
  owner: HsOwner | undefined,
  contacts: readonly HsContact[],
  mapping: FieldMapping,
): Account {
  return {
    id: accountId("hubspot", company.id),
    source: "hubspot",
    externalId: company.id,
    name: company.properties.name ?? company.id,
    owner: owner ? ownerPerson(owner) : null,
    contacts: contacts.map(toContact),
    modifiedAt: company.updatedAt,
    ...mapAttributes(company.properties, mapping),
  };
}

export const contactProperties = [
  "firstname",
  "lastname",
  "email",
  "phone",
  "mobilephone",
  "jobtitle",
  "hs_buying_role",
];
/** HubSpot-defined association type ids: task→company and note→company. */
export const taskToCompany = 192;
export const noteToCompany = 190;
