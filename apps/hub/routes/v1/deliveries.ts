import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { HonoEnv } from "#apps/hub/env";
import { DomainError } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonResponse } from "./openapi";
import { DeliveryIdParam, DeliveryProgress } from "./schemas/subscribers";
import { deliveryFor } from "./subscribers";

const tags = ["Subscribers"];

export const listDeadLettersRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "get",
  path: "/deliveries/dead-letters",
  summary: "Deliveries that ran out of attempts",
  responses: {
    200: jsonResponse(
      z.object({
        dead_letters: z.array(
          z.object({
            id: z.string(),
            publicationId: z.string(),
            subscriberId: z.string(),
            channel: z.string(),
            attempts: z.number(),
            lastError: z.string().nullable(),
          }),
        ),
      }),
      "Dead letters",
    ),
    ...errorResponses,
  },
});

export const replayDeadLetterRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "post",
  path: "/deliveries/{id}/replay",
  summary: "Queue a dead letter again",
  request: { params: DeliveryIdParam },
  responses: {
    202: jsonResponse(z.object({ id: z.string(), status: z.literal("queued") }), "Queued"),
    ...errorResponses,
  },
});

export const incidentDeliveryRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "get",
  path: "/incidents/{id}/delivery",
  summary: "Every publication about an incident, with its delivery progress",
  request: { params: DeliveryIdParam },
  responses: {
    200: jsonResponse(
      z.object({
        incident_id: z.string(),
        publications: z.array(
          z.object({ id: z.string(), kind: z.string(), created_at: z.string(), progress: DeliveryProgress }),
        ),
      }),
      "Publications",
    ),
    ...errorResponses,
  },
});

export const publicationProgressRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "get",
  path: "/publications/{id}/progress",
  summary: "Delivery progress, with counts per channel and status",
  request: { params: DeliveryIdParam },
  responses: { 200: jsonResponse(DeliveryProgress, "Progress"), ...errorResponses },
});

/** Delivery progress per publication and incident, and dead letters to replay. */
export const deliveryRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(listDeadLettersRoute, async (c) => {
    const d = deliveryFor(c);
    return c.json({ dead_letters: await d.store.deadLetters(500) }, 200);
  })
  .openapi(replayDeadLetterRoute, async (c) => {
    const d = deliveryFor(c);
    const id = c.req.valid("param").id;
    if (!(await d.store.replay(id, d.clock.now()))) throw new DomainError("not_found", `No dead letter '${id}'.`);
    return c.json({ id, status: "queued" as const }, 202);
  })
  .openapi(incidentDeliveryRoute, async (c) => {
    const d = deliveryFor(c);
    const incidentId = c.req.valid("param").id;
    const list = await d.store.incidentPublications(incidentId);
    const publications = await Promise.all(
      list.map(async (p) => ({
        id: p.id,
        kind: p.kind,
        created_at: p.createdAt.toISOString(),
        progress: (await d.store.progress(p.id))!,
      })),
    );
    return c.json({ incident_id: incidentId, publications }, 200);
  })
  .openapi(publicationProgressRoute, async (c) => {
    const d = deliveryFor(c);
    const p = await d.store.progress(c.req.valid("param").id);
    if (!p) throw new DomainError("not_found", `No publication '${c.req.valid("param").id}' in delivery.`);
    return c.json(p as z.infer<typeof DeliveryProgress>, 200);
  });
