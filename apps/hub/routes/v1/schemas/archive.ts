import { z } from "@hono/zod-openapi";

export const Entry = z
  .object({
    seq: z.number(),
    id: z.string(),
    at: z.string(),
    incident_id: z.string().nullable(),
    kind: z.string(),
    channel: z.string(),
    locale: z.string(),
    audience: z.string(),
    text: z.string(),
    approvals: z.unknown(),
    policy_version: z.number(),
    prev_hash: z.string(),
    hash: z.string(),
  })
  .openapi("ArchiveEntry");
