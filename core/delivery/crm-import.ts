import { z } from "zod";
import type { Account } from "../crm/model";
import { tiers } from "../crm/model";
import { Address } from "./model";
import { addSubscribers, type DeliveryCtx } from "./subscribe";

export const CrmImportOptions = z.strictObject({
  /** Only accounts of these tiers; all when omitted. */
  tiers: z.array(z.enum(tiers)).min(1).optional(),
  channels: z
    .array(z.enum(["email", "sms"]))
    .min(1)
    .default(["email", "sms"]),
});
export type CrmImportOptions = z.infer<typeof CrmImportOptions>;

export interface SkippedContact {
  accountId: string;
  contact: string;
  address: string;
  reason: string;
}

/** CRMs keep numbers as people type them: "+1 (415) 555-0123", "0044 20 7946 0018". */
export function toE164(phone: string): string {
  const compact = phone.replace(/[\s().\-/]/g, "");
  return compact.startsWith("00") ? `+${compact.slice(2)}` : compact;
}

/**
 * The contacts of cached CRM accounts as subscribers, each carrying its account's tier and regions.
 * An address that does not validate is skipped and reported, so one bad record never stops an import.
 */
export function subscribersFromAccounts(accounts: Account[], o: CrmImportOptions) {
  const subscribers: { channel: "email" | "sms"; address: string; tier: string; regions: string[] }[] = [];
  const skipped: SkippedContact[] = [];
  const chosen = accounts.filter((a) => !o.tiers || o.tiers.includes(a.tier));
  for (const account of chosen) {
    for (const contact of account.contacts) {
      const candidates = [
        ...(o.channels.includes("email") && contact.email
          ? [{ channel: "email" as const, address: contact.email.trim(), asStored: contact.email }]
          : []),
        ...(o.channels.includes("sms") && contact.phone
          ? [{ channel: "sms" as const, address: toE164(contact.phone), asStored: contact.phone }]
          : []),
      ];
      for (const { asStored, ...c } of candidates) {
        const valid = Address.safeParse(c);
        if (valid.success) subscribers.push({ ...c, tier: account.tier, regions: account.regions });
        else
          skipped.push({
            accountId: account.id,
            contact: contact.name,
            address: asStored,
            reason: valid.error.issues[0]!.message,
          });
      }
    }
  }
  return { accounts: chosen.length, subscribers, skipped };
}

/** Imports CRM contacts as active subscribers; an address already subscribed on its channel is left as it is. */
export async function importCrmContacts(ctx: DeliveryCtx, accounts: Account[], o: CrmImportOptions) {
  const { accounts: chosen, subscribers, skipped } = subscribersFromAccounts(accounts, o);
  const added = await addSubscribers(ctx, subscribers);
  return { accounts: chosen, imported: added.length, alreadySubscribed: subscribers.length - added.length, skipped };
}
