import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { diffLines } from "#core/comms/diff";
import { notFound } from "#core/shared/errors";
import { locales, messageChannels, templateKinds } from "#core/templates/catalog";
import { resolveTemplate } from "#core/templates/compose";
import { saveTemplate } from "#core/templates/manage";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { VersionNumber } from "./schemas/common";
import { DiffSchema, Key, TemplateBody, TemplateView } from "./schemas/templates";

const tags = ["Templates"];
type Stored = {
  kind: string;
  locale: string;
  version: number;
  subject: string;
  body: string;
  short: string;
  authorId: string | null;
  createdAt: Date;
};
const view = (t: Stored) => ({
  kind: t.kind,
  locale: t.locale,
  version: t.version,
  subject: t.subject,
  body: t.body,
  short: t.short,
  author_id: t.authorId,
  created_at: t.createdAt.toISOString(),
});

export const listTemplatesRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/templates",
  summary: "The wording in force for every kind and locale (version 0 = built in)",
  responses: {
    200: jsonResponse(
      z.object({ kinds: z.array(z.string()), channels: z.array(z.string()), templates: z.array(TemplateView) }),
      "Templates",
    ),
    ...errorResponses,
  },
});

export const saveTemplateRoute = createRoute({
  tags,
  permission: "templates:write",
  method: "put",
  path: "/templates/{kind}/{locale}",
  summary: "Save a new version of a template",
  description: "Refused when the guardrails (as the policy configures them) find blocking problems in its text.",
  request: { params: Key, ...jsonBody(TemplateBody) },
  responses: { 201: jsonResponse(TemplateView, "Saved"), ...errorResponses },
});

export const templateVersionsRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/templates/{kind}/{locale}/versions",
  summary: "Every saved version, newest first",
  request: { params: Key },
  responses: { 200: jsonResponse(z.object({ versions: z.array(TemplateView) }), "Versions"), ...errorResponses },
});

export const diffTemplateRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/templates/{kind}/{locale}/diff",
  summary: "Diff two saved versions",
  request: {
    params: Key,
    query: z.object({ from: VersionNumber, to: VersionNumber }),
  },
  responses: {
    200: jsonResponse(z.object({ subject: DiffSchema, body: DiffSchema, short: DiffSchema }), "Diff"),
    ...errorResponses,
  },
});

export const templateRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(listTemplatesRoute, async (c) => {
    const ctx = ctxOf(c);
    const stored = await ctx.comms.latestTemplates();
    const templates = templateKinds.flatMap((kind) =>
      locales.map((locale) => {
        const own = stored.find((t) => t.kind === kind && t.locale === locale);
        if (own) return view(own);
        const fallback = resolveTemplate(kind, locale, () => undefined);
        return { kind, locale: fallback.locale, version: 0, ...fallback.text, author_id: null, created_at: null };
      }),
    );
    return c.json({ kinds: [...templateKinds], channels: [...messageChannels], templates }, 200);
  })
  .openapi(saveTemplateRoute, async (c) => {
    const { kind, locale } = c.req.valid("param");
    return c.json(view(await saveTemplate({ ctx: ctxOf(c), input: { kind, locale, text: c.req.valid("json") } })), 201);
  })
  .openapi(templateVersionsRoute, async (c) => {
    const ctx = ctxOf(c);
    const { kind, locale } = c.req.valid("param");
    return c.json({ versions: (await ctx.comms.listTemplateVersions(kind, locale)).map(view) }, 200);
  })
  .openapi(diffTemplateRoute, async (c) => {
    const ctx = ctxOf(c);
    const { kind, locale } = c.req.valid("param");
    const { from, to } = c.req.valid("query");
    const versions = await ctx.comms.listTemplateVersions(kind, locale);
    const a = versions.find((v) => v.version === from);
    const b = versions.find((v) => v.version === to);
    if (!a || !b) throw notFound("Template version", `${kind}/${locale}@${!a ? from : to}`);
    return c.json(
      {
        subject: diffLines(a.subject, b.subject),
        body: diffLines(a.body, b.body),
        short: diffLines(a.short, b.short),
      },
      200,
    );
  });
