import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { diffValues } from "#core/comms/diff";
import { notFound } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { withoutNote } from "./draft-render";
import { errorResponses, jsonResponse } from "./openapi";
import { IdParam, VersionNumber } from "./schemas/common";
import { DiffSchema } from "./schemas/templates";

const tags = ["Drafts and approvals"];

export const draftVersionsRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/drafts/{id}/versions",
  summary: "Who changed what and when",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(
      z.object({
        versions: z.array(
          z.object({
            version: z.number(),
            author_id: z.string().nullable(),
            created_at: z.string(),
            content: z.record(z.string(), z.unknown()),
          }),
        ),
      }),
      "Versions",
    ),
    ...errorResponses,
  },
});

export const diffDraftRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/drafts/{id}/diff",
  summary: "Diff two versions of a draft",
  request: {
    params: IdParam,
    query: z.object({ from: VersionNumber, to: VersionNumber }),
  },
  responses: { 200: jsonResponse(z.object({ diff: DiffSchema }), "Diff"), ...errorResponses },
});

/** A draft's versions and the differences between them. */
export const draftHistoryRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(draftVersionsRoute, async (c) => {
    const ctx = ctxOf(c);
    const versions = await ctx.comms.listDraftVersions(c.req.valid("param").id);
    return c.json(
      {
        versions: versions.map((v) => ({
          version: v.version,
          author_id: v.authorId,
          created_at: v.createdAt.toISOString(),
          content: withoutNote(ctx, v.content),
        })),
      },
      200,
    );
  })
  .openapi(diffDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const { from, to } = c.req.valid("query");
    const versions = await ctx.comms.listDraftVersions(c.req.valid("param").id);
    const a = versions.find((v) => v.version === from);
    const b = versions.find((v) => v.version === to);
    if (!a || !b) throw notFound("Draft version", String(!a ? from : to));
    return c.json({ diff: diffValues(withoutNote(ctx, a.content), withoutNote(ctx, b.content)) }, 200);
  });
