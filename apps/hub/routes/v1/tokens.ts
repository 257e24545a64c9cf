import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { issueToken, listTokens, revokeToken } from "#core/auth/tokens";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { IssueTokenBody, TokenViewSchema, tokenView } from "./schemas/tokens";

const tags = ["Tokens"];

export const issueTokenRoute = createRoute({
  tags,
  permission: "tokens:manage",
  method: "post",
  path: "/tokens",
  summary: "Issue an API token (the secret is shown once)",
  request: jsonBody(IssueTokenBody),
  responses: { 201: jsonResponse(TokenViewSchema, "Issued"), ...errorResponses },
});

export const listTokensRoute = createRoute({
  tags,
  permission: "tokens:manage",
  method: "get",
  path: "/tokens",
  summary: "List tokens (never their secrets)",
  responses: { 200: jsonResponse(z.object({ tokens: z.array(TokenViewSchema) }), "Tokens"), ...errorResponses },
});

export const revokeTokenRoute = createRoute({
  tags,
  permission: "tokens:manage",
  method: "delete",
  path: "/tokens/{id}",
  summary: "Revoke a token",
  request: { params: IdParam },
  responses: { 204: { description: "Revoked" }, ...errorResponses },
});

export const tokenRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(issueTokenRoute, async (c) => {
    const issued = await issueToken({ ctx: ctxOf(c), input: c.req.valid("json") });
    c.header("Cache-Control", "no-store");
    return c.json(tokenView(issued), 201);
  })
  .openapi(listTokensRoute, async (c) => {
    return c.json({ tokens: (await listTokens({ ctx: ctxOf(c) })).map(tokenView) }, 200);
  })
  .openapi(revokeTokenRoute, async (c) => {
    await revokeToken({ ctx: ctxOf(c), input: { id: c.req.valid("param").id } });
    return c.body(null, 204);
  });
