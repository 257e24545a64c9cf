import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { HonoEnv } from "#apps/hub/env";
import { CrmImportOptions, importCrmContacts } from "#core/delivery/crm-import";
import { addSubscribers, contactToSubscribers } from "#core/delivery/subscribe";
import { DomainError } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { CrmImportResult, ImportBody, Subscriber, SubscriberBody } from "./schemas/subscribers";

const tags = ["Subscribers"];

/** Subscriber administration needs delivery configured. */
export function deliveryFor(c: { get: (k: "services") => HonoEnv["Variables"]["services"] }) {
  const d = c.get("services").delivery;
  if (!d) throw new DomainError("not_found", "Delivery is not configured: set LIAISON_DELIVERY_SECRET.");
  return { ...d, clock: c.get("services").clock };
}
export const view = ({ scope: _scope, ...s }: z.infer<typeof Subscriber> & { scope: unknown }) => s;

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
  request: jsonBody(ImportBody),
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
  });
