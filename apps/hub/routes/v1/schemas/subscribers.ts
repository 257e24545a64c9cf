import { z } from "@hono/zod-openapi";
import { NewSubscriber } from "#core/delivery/model";
import { CrmContact } from "#core/delivery/subscribe";

export const Subscriber = z
  .object({
    id: z.string(),
    channel: z.string(),
    address: z.string(),
    locale: z.string(),
    regions: z.array(z.string()),
    tier: z.string().nullable(),
    status: z.string(),
  })
  .openapi("Subscriber");

export const SubscriberBody = NewSubscriber.meta({
  id: "NewSubscriber",
  description: "An address checked per channel (email, E.164 phone, http(s) URL), with locale, regions, tier, scope",
});

export const ImportBody = z.object({ contacts: z.array(CrmContact).min(1).max(1000) }).openapi("ImportContacts");

export const CrmImportResult = z
  .object({
    accounts: z.number(),
    imported: z.number(),
    alreadySubscribed: z.number(),
    skipped: z.array(z.object({ accountId: z.string(), contact: z.string(), address: z.string(), reason: z.string() })),
  })
  .openapi("CrmImportResult");

export const DeliveryProgress = z
  .object({
    publicationId: z.string(),
    expanded: z.boolean(),
    channels: z.record(z.string(), z.record(z.string(), z.number())),
    clicks: z.record(z.string(), z.object({ recipients: z.number(), total: z.number() })),
  })
  .openapi("PublicationProgress");

export const DeliveryIdParam = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: "id", in: "path" } }),
});
