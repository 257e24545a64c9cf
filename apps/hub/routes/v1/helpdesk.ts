import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { kickAfterResponse } from "#apps/hub/http/kick";
import { crmAccountLookup } from "#apps/hub/jobs/helpdesk";
import { helpDeskFor } from "#apps/hub/wiring/drills";
import { type DeskApiDeps, linkTicket, unlinkTicket } from "#core/helpdesk/manual";
import { incidentDeskStatus, ticketContext } from "#core/helpdesk/views";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import {
  LinkBody,
  LinkParams,
  LinkView,
  LocaleQuery,
  TicketContext,
  TicketParam,
  UnlinkQuery,
} from "./schemas/helpdesk";

const tags = ["Help desk"];
export const deps = (c: Context<HonoEnv>): DeskApiDeps => {
  const s = c.get("services");
  return {
    ctx: ctxOf(c),
    store: s.helpdesk.store,
    desk: s.helpdesk.desk,
    helpDeskFor: s.helpdesk.desk ? helpDeskFor(s.drills, s.helpdesk.desk) : undefined,
    page: s.page,
    settings: s.helpdesk.settings,
    accounts: crmAccountLookup(s),
  };
};
export const json = (v: unknown) => JSON.parse(JSON.stringify(v));

export async function deskView(c: Context<HonoEnv>, id: string) {
  const v = await incidentDeskStatus(deps(c), id);
  const d = v.desk;
  return json({
    incidentId: id,
    rules: v.rules,
    rulesDerived: v.rulesDerived,
    problemTicketId: d?.problemTicketId ?? null,
    macroId: d?.macroId ?? null,
    macroActive: d?.macroActive ?? false,
    backfill: {
      state: d?.backfill.state ?? "idle",
      total: d?.backfill.total ?? null,
      done: d?.backfill.done ?? 0,
      error: d?.backfill.error ?? null,
    },
    autoClose: d?.close ?? { state: "idle", total: 0, solved: 0, keptOpen: 0, failed: 0 },
    tickets: v.tickets,
    curve: v.curve,
    timeline: v.incident.updates.map((u) => ({ at: u.displayAt, phase: u.phase, body: u.body })).reverse(),
  });
}

export const ticketContextRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/helpdesk/tickets/{ticketId}/context",
  summary: "Incidents linked to or suggested for a ticket, with status and the approved reply (the sidebar app's call)",
  request: { params: TicketParam, query: LocaleQuery },
  responses: { 200: jsonResponse(TicketContext, "Ticket context"), ...errorResponses },
});

export const linkTicketRoute = createRoute({
  tags,
  permission: "helpdesk:link",
  method: "post",
  path: "/helpdesk/tickets/{ticketId}/links",
  summary: "Link a ticket to an incident (tags, problem link and note follow)",
  request: { params: TicketParam, ...jsonBody(LinkBody) },
  responses: { 201: jsonResponse(LinkView, "Linked"), ...errorResponses },
});

export const unlinkTicketRoute = createRoute({
  tags,
  permission: "helpdesk:link",
  method: "delete",
  path: "/helpdesk/tickets/{ticketId}/links/{incidentId}",
  summary: "Unlink a ticket from an incident",
  request: { params: LinkParams, query: UnlinkQuery },
  responses: { 204: { description: "Unlinked" }, ...errorResponses },
});

export const helpdeskRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(ticketContextRoute, async (c) => {
    const result = await ticketContext(deps(c), {
      ticketId: c.req.valid("param").ticketId,
      locale: c.req.valid("query").locale?.slice(0, 2) ?? null,
    });
    return c.json(json(result), 200, { "Cache-Control": "no-store" });
  })
  .openapi(linkTicketRoute, async (c) => {
    const body = c.req.valid("json");
    const link = await linkTicket(deps(c), {
      ticketId: c.req.valid("param").ticketId,
      incidentId: body.incidentId,
      agent: body.agent,
    });
    kickAfterResponse(c);
    return c.json(json(link), 201);
  })
  .openapi(unlinkTicketRoute, async (c) => {
    await unlinkTicket(deps(c), { ...c.req.valid("param"), agent: c.req.valid("query").agent });
    kickAfterResponse(c);
    return c.body(null, 204);
  });
