import { z } from "zod";

const Owner = z
  .object({
    Name: z.string().nullable().optional(),
    Email: z.string().nullable().optional(),
    Phone: z.string().nullable().optional(),
  })
  .nullable()
  .optional();

/** An Account row from SOQL: standard fields plus whatever the mapping names (kept as a loose record). */
export const SfAccount = z.looseObject({
  Id: z.string(),
  Name: z.string(),
  OwnerId: z.string().nullable().optional(),
  Owner,
  SystemModstamp: z.string(),
});
export type SfAccount = z.infer<typeof SfAccount>;

export const SfContact = z.looseObject({
  Id: z.string(),
  AccountId: z.string().nullable(),
  Name: z.string(),
  Email: z.string().nullable().optional(),
  Phone: z.string().nullable().optional(),
  Title: z.string().nullable().optional(),
});
export type SfContact = z.infer<typeof SfContact>;

/** One element of an sObject collection answer: per-record success or errors. */
export const SfSaveResult = z.object({
  id: z.string().nullable().optional(),
  success: z.boolean(),
  errors: z
    .array(z.object({ statusCode: z.string(), message: z.string(), fields: z.array(z.string()).optional() }))
    .default([]),
});
export type SfSaveResult = z.infer<typeof SfSaveResult>;
export const SfSaveResults = z.array(SfSaveResult);

/** `POST chatter/feed-elements/batch`: one result per input, in order; a failed one holds Salesforce's errors. */
export const SfChatterBatchResult = z.object({
  hasErrors: z.boolean(),
  results: z.array(
    z.object({
      statusCode: z.number().int(),
      result: z.union([z.array(z.object({ errorCode: z.string(), message: z.string() })), z.looseObject({})]),
    }),
  ),
});
