import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { kickAfterResponse } from "#apps/hub/http/kick";
import { crmAccountLookup } from "#apps/hub/jobs/helpdesk";
import { type DeskApiDeps, linkTicket, setMatchRules, unlinkTicket } from "#core/helpdesk/manual";
import { incidentDeskStatus, ticketContext } from "#core/helpdesk/views";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import {
  DeskStatus,
  LinkBody,
  LinkParams,
  LinkView,
  LocaleQuery,
  RulesBody,
  SurgeView,
  TicketContext,
  TicketParam,
  UnlinkQuery,
} from "./schemas/helpdesk";

const tags = ["Help desk"];
const deps = (c: Context<HonoEnv>): DeskApiDeps => {
  const s = c.get("services");
  return {
    ctx: ctxOf(c),
    store: s.helpdesk.store,
    desk: s.helpdesk.desk,
    page: s.page,
    settings: s.helpdesk.settings,
    accounts: crmAccountLookup(s),
  };
};
const json = (v: unknown) => JSON.parse(JSON.stringify(v));

async function deskView(c: Context<HonoEnv>, id: string) {
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

export const incidentDeskStatusRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/incidents/{id}/helpdesk",
  summary:
    "An incident's help-desk side: rules, problem ticket, macro, backfill and auto-close progress, ticket counts and curve",
  request: { params: IdParam },
  responses: { 200: jsonResponse(DeskStatus, "Help-desk status"), ...errorResponses },
});

export const setMatchRulesRoute = createRoute({
  tags,
  permission: "helpdesk:manage",
  method: "put",
  path: "/incidents/{id}/helpdesk/rules",
  summary: "Replace an incident's match rules (null returns to rules derived from the incident) and backfill again",
  request: { params: IdParam, ...jsonBody(RulesBody) },
  responses: { 200: jsonResponse(DeskStatus, "Rules saved; backfill restarted"), ...errorResponses },
});

export const listSurgesRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/helpdesk/surges",
  summary: "Ticket surges, newest first; unexplained ones may be undeclared incidents",
  responses: { 200: jsonResponse(z.object({ surges: z.array(SurgeView) }), "Surges"), ...errorResponses },
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
  })
  .openapi(incidentDeskStatusRoute, async (c) => c.json(await deskView(c, c.req.valid("param").id), 200))
  .openapi(setMatchRulesRoute, async (c) => {
    const id = c.req.valid("param").id;
    await setMatchRules(deps(c), { incidentId: id, rules: c.req.valid("json").rules });
    kickAfterResponse(c);
    return c.json(await deskView(c, id), 200);
  })
  .openapi(listSurgesRoute, async (c) => {
    const surges = await c.get("services").helpdesk.store.listSurges(100);
    return c.json(
      json({
        surges: surges.map((s) => ({
          id: s.id,
          series: s.seriesKey,
          startedAt: s.startedAt,
          endedAt: s.endedAt,
          observed: s.observed,
          expected: Math.round(s.expected * 100) / 100,
          explainedBy: s.explainedBy,
          unexplained: !s.explainedBy.length,
        })),
      }),
      200,
    );
  });
