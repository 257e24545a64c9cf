import { type FieldMapping, mapAttributes } from "#core/crm/mapping";
import { type Account, accountId, type Contact } from "#core/crm/model";
import type { SfAccount, SfContact } from "./api-types";

/** Salesforce Account (+ its Owner and Contacts) → Liaison Account. Pure. */
export function toAccount(
  row: SfAccount,
  contacts: readonly SfContact[],
  mapping: FieldMapping,
  primaryTitle = /primary|main|champion/i,
): Account {
  const owner =
    row.Owner && row.OwnerId
      ? { id: row.OwnerId, name: row.Owner.Name ?? "", email: row.Owner.Email ?? null, phone: row.Owner.Phone ?? null }
      : null;
  const mapped: Contact[] = contacts.map((c) => ({
    id: c.Id,
    name: c.Name,
    email: c.Email ?? null,
    phone: c.Phone ?? null,
    role: c.Title ?? null,
    primary: primaryTitle.test(c.Title ?? ""),
  }));
  return {
    id: accountId("salesforce", row.Id),
    source: "salesforce",
    externalId: row.Id,
    name: row.Name,
    owner,
    contacts: mapped,
    modifiedAt: new Date(row.SystemModstamp),
    ...mapAttributes(row, mapping),
  };
}

/** SOQL datetime literal (no quotes, UTC). */
export const soqlDateTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Standard and mapped fields read from Account; Owner.* is the User relationship. */
export function accountSoql(fields: readonly string[], since: Date | null): string {
  const select = [
    "Id",
    "Name",
    "OwnerId",
    "Owner.Name",
    "Owner.Email",
    "Owner.Phone",
    "SystemModstamp",
    ...new Set(fields),
  ].join(", ");
  return `SELECT ${select} FROM Account${since ? ` WHERE SystemModstamp >= ${soqlDateTime(since)}` : ""} ORDER BY SystemModstamp`;
}

export function contactSoql(accountIds: readonly string[] | null): string {
  const where = accountIds
    ? `AccountId IN (${accountIds.map((id) => `'${id.replace(/[^A-Za-z0-9]/g, "")}'`).join(",")})`
    : "AccountId != null";
  return `SELECT Id, AccountId, Name, Email, Phone, Title FROM Contact WHERE ${where}`;
}
