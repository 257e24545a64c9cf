import { z } from "@hono/zod-openapi";
import { locales, templateKinds } from "#core/templates/catalog";

export const DiffSchema = z
  .array(z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() }))
  .openapi("Diff");

export const Key = z.object({ kind: z.enum(templateKinds), locale: z.enum(locales) });

export const TemplateBody = z
  .strictObject({
    subject: z.string().min(1).max(300),
    body: z.string().min(1).max(5000),
    short: z.string().min(1).max(600),
  })
  .openapi("TemplateText");

export const TemplateView = z
  .object({
    kind: z.string(),
    locale: z.string(),
    version: z.number(),
    subject: z.string(),
    body: z.string(),
    short: z.string(),
    author_id: z.string().nullable(),
    created_at: z.string().nullable(),
  })
  .openapi("Template");
