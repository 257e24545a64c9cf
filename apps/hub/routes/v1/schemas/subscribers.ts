import { z } from "@hono/zod-openapi";

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

export const SubscriberBody = z.record(z.string(), z.unknown()).openapi("NewSubscriber", {
  description: "channel (email, sms, webhook, slack, teams), address, locale, regions, tier, scope",
});

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
