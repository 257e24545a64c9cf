import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { verifyChain } from "#core/archive/chain";
import { createRoute } from "./create-route";
import { errorResponses, jsonResponse } from "./openapi";
import { Entry } from "./schemas/archive";
import { Timestamp } from "./schemas/common";

const tags = ["Archive and timeline"];

export const exportArchiveRoute = createRoute({
  tags,
  permission: "archive:read",
  method: "get",
  path: "/archive",
  summary: "Export archived external messages in a time range",
  request: {
    query: z.object({ from: Timestamp.optional(), to: Timestamp.optional(), incident_id: z.string().optional() }),
  },
  responses: { 200: jsonResponse(z.object({ entries: z.array(Entry) }), "Entries"), ...errorResponses },
});

export const verifyArchiveRoute = createRoute({
  tags,
  permission: "archive:read",
  method: "get",
  path: "/archive/verify",
  summary: "Check the whole hash chain for modified, removed or reordered rows",
  responses: {
    200: jsonResponse(
      z.object({
        ok: z.boolean(),
        checked: z.number(),
        problems: z.array(z.object({ seq: z.number(), problem: z.string() })),
      }),
      "Result",
    ),
    ...errorResponses,
  },
});

export const archiveRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(exportArchiveRoute, async (c) => {
    const ctx = ctxOf(c);
    const q = c.req.valid("query");
    const entries = await ctx.comms.listArchive({
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      incidentId: q.incident_id,
    });
    return c.json(
      {
        entries: entries.map((e) => ({
          seq: e.seq,
          id: e.id,
          at: e.at.toISOString(),
          incident_id: e.incidentId,
          kind: e.kind,
          channel: e.channel,
          locale: e.locale,
          audience: e.audience,
          text: e.text,
          approvals: e.approvals,
          policy_version: e.policyVersion,
          prev_hash: e.prevHash,
          hash: e.hash,
        })),
      },
      200,
    );
  })
  .openapi(verifyArchiveRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(await verifyChain(await ctx.comms.listArchive({})), 200);
  });
