import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { publishDraft } from "#core/comms/publish";
import { createRoute } from "./create-route";
import { render } from "./draft-render";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { DraftView } from "./schemas/drafts";

const tags = ["Drafts and approvals"];

export const publishDraftRoute = createRoute({
  tags,
  permission: "incidents:update",
  method: "post",
  path: "/drafts/{id}/publish",
  summary: "Publish: the update, every channel's message archived, and the hand-off to delivery",
  request: {
    params: IdParam,
    ...jsonBody(z.strictObject({ acknowledge_findings: z.strictObject({ reason: z.string().min(3) }).optional() })),
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

/** Publishing an approved draft to every channel. */
export const draftPublishRoutes = new OpenAPIHono<HonoEnv>().openapi(publishDraftRoute, async (c) => {
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
