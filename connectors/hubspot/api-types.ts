import { z } from "zod";

const Props = z.record(z.string(), z.string().nullable().optional());

/** A company from the list, batch or search APIs (the SDK turns dates into Date objects). */
export const HsCompany = z.object({ id: z.string(), properties: Props, updatedAt: z.coerce.date() });
export type HsCompany = z.infer<typeof HsCompany>;

export const HsContact = z.object({ id: z.string(), properties: Props });
export type HsContact = z.infer<typeof HsContact>;

export const HsOwner = z.object({
  id: z.string(),
  email: z.string().nullable().optional(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
});
export type HsOwner = z.infer<typeof HsOwner>;

export const HsPaging = z.object({ next: z.object({ after: z.string() }).optional() }).optional();

/** Associations v4 batch read: for each company, the contact ids linked to it. */
export const HsAssociationResults = z.object({
  results: z.array(
    z.object({
      _from: z.object({ id: z.string() }),
      to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]) })),
      paging: HsPaging,
    }),
  ),
});

export const HsBatchResult = z.object({
  results: z.array(
    z.object({ id: z.string(), properties: Props.optional(), objectWriteTraceId: z.string().optional() }),
  ),
  errors: z
    .array(z.object({ message: z.string(), context: z.record(z.string(), z.array(z.string())).optional() }))
    .optional(),
});

/** A 429 body: `policyName` tells the ten-second window from the daily one. */
export const HsRateLimitBody = z.object({ errorType: z.string().optional(), policyName: z.string().optional() });
