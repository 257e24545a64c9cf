import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { discardDraft } from "#core/comms/discard";
import { publishDraft } from "#core/comms/publish";
import { createRoute } from "./create-route";
import { render } from "./draft-render";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { DiscardBody, DraftView, PublishBody } from "./schemas/drafts";

const tags = ["Drafts and approvals"];

export const discardDraftRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/drafts/{id}/discard",
  summary: "Discard a draft that will not be published (kept, with who and why, on the timeline)",
  request: { params: IdParam, ...jsonBody(DiscardBody) },
  responses: { 200: jsonResponse(DraftView, "Discarded"), ...errorResponses },
});

export const publishDraftRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/drafts/{id}/publish",
  summary: "Publish: the update, every channel's message archived, and the hand-off to delivery",
  request: {
    params: IdParam,
    ...jsonBody(PublishBody),
  },
  responses: {
    200: jsonResponse(
      z.object({
        draft: DraftView,
        update_id: z.string(),
        publication_id: z.string(),
        channels: z.array(z.object({ channel: z.string(), locale: z.string() })),
      }),
      "Published",
    ),
    ...errorResponses,
  },
});

/** Publishing an approved draft to every channel, or discarding one that will not be published. */
export const draftPublishRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(discardDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const input = { draftId: c.req.valid("param").id, reason: c.req.valid("json").reason };
    return c.json(await render(ctx, await discardDraft({ ctx, input })), 200);
  })
  .openapi(publishDraftRoute, async (c) => {
    const ctx = ctxOf(c);
    const b = c.req.valid("json");
    const out = await publishDraft({
      ctx,
      input: {
        draftId: c.req.valid("param").id,
        page: c.get("services").page,
        acknowledgeFindings: b.acknowledge_findings,
      },
    });
    return c.json(
      {
        draft: await render(ctx, out.draft),
        update_id: out.draft.publishedUpdateId!,
        publication_id: out.publication.id,
        channels: out.publication.messages.map((m) => ({ channel: m.channel, locale: m.locale })),
      },
      200,
    );
  });
