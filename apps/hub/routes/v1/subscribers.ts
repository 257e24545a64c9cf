import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { HonoEnv } from "#apps/hub/env";
import { CrmImportOptions, importCrmContacts } from "#core/delivery/crm-import";
import { addSubscribers, CrmContact, contactToSubscribers } from "#core/delivery/subscribe";
import { DomainError } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { CrmImportResult, DeliveryIdParam, DeliveryProgress, Subscriber, SubscriberBody } from "./schemas/subscribers";

const tags = ["Subscribers"];

/** Subscriber administration needs delivery configured. */
function deliveryFor(c: { get: (k: "services") => HonoEnv["Variables"]["services"] }) {
  const d = c.get("services").delivery;
  if (!d) throw new DomainError("not_found", "Delivery is not configured: set LIAISON_DELIVERY_SECRET.");
  return { ...d, clock: c.get("services").clock };
}
const view = ({ scope: _scope, ...s }: z.infer<typeof Subscriber> & { scope: unknown }) => s;

export const addSubscriberRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "post",
  path: "/subscribers",
  summary: "Add a subscriber (active at once)",
  request: jsonBody(SubscriberBody),
  responses: { 201: jsonResponse(Subscriber, "Created"), ...errorResponses },
});

export const importSubscribersRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "post",
  path: "/subscribers/import",
  summary: "Import CRM contacts (email and/or phone, tier, region)",
  request: jsonBody(z.object({ contacts: z.array(CrmContact).min(1).max(1000) })),
  responses: { 200: jsonResponse(z.object({ imported: z.number() }), "Imported"), ...errorResponses },
});

export const importCrmSubscribersRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "post",
  path: "/subscribers/import-crm",
  summary: "Import the contacts of synced CRM accounts, with each account's tier and regions",
  request: jsonBody(CrmImportOptions),
  responses: { 200: jsonResponse(CrmImportResult, "Imported"), ...errorResponses },
});

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

export const subscriberRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(addSubscriberRoute, async (c) => {
    const d = deliveryFor(c);
    const [s] = await addSubscribers(d, [c.req.valid("json")]);
    if (!s) throw new DomainError("conflict", "This address is already subscribed on that channel.");
    return c.json(view(s), 201);
  })
  .openapi(importSubscribersRoute, async (c) => {
    const d = deliveryFor(c);
    const added = await addSubscribers(d, c.req.valid("json").contacts.flatMap(contactToSubscribers));
    return c.json({ imported: added.length }, 200);
  })
  .openapi(importCrmSubscribersRoute, async (c) => {
    const d = deliveryFor(c);
    const crm = c.get("services").crm;
    if (!crm) throw new DomainError("not_found", "CRM support is not wired in this hub.");
    return c.json(await importCrmContacts(d, await crm.store.listAccounts(), c.req.valid("json")), 200);
  })
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
