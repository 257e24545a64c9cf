import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { outreachCsv } from "#core/crm/csv";
import { affectedAccounts, outreachList, setCallState } from "#core/crm/use-cases";
import { createRoute } from "./create-route";
import { crmOf } from "./crm";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import {
  AccountView,
  accountView,
  CallStateBody,
  IncidentParam,
  OutreachParam,
  OutreachView,
  outreachView,
  Progress,
} from "./schemas/crm";

const tags = ["CRM"];

// Outreach lists hold customers' names and phone numbers: readable by roles that may read internal notes.
export const affectedAccountsRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/incidents/{id}/affected-accounts",
  summary: "Accounts an incident affects, and those flagged for missing region data",
  request: { params: IncidentParam },
  responses: {
    200: jsonResponse(
      z.object({
        outreach_tier: z.string().nullable(),
        call: z.array(AccountView),
        broadcast: z.array(AccountView),
        flagged: z.array(AccountView),
      }),
      "Affected accounts",
    ),
    ...errorResponses,
  },
});

export const outreachListRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/incidents/{id}/outreach",
  summary: "Phone-outreach list, tier then ARR, with call states and progress",
  request: { params: IncidentParam },
  responses: {
    200: jsonResponse(
      z.object({ entries: z.array(OutreachView), progress: Progress, flagged: z.array(AccountView) }),
      "Outreach list; flagged accounts lack region data and need a person to check",
    ),
    ...errorResponses,
  },
});

export const outreachCsvRoute = createRoute({
  tags,
  permission: "internal:read",
  method: "get",
  path: "/incidents/{id}/outreach.csv",
  summary: "Outreach list as CSV",
  request: { params: IncidentParam },
  responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...errorResponses },
});

export const setCallStateRoute = createRoute({
  tags,
  permission: "outreach:record",
  method: "patch",
  path: "/incidents/{id}/outreach/{accountId}",
  summary: "Record a call's state (who and when come from the token and the clock)",
  request: { params: OutreachParam, ...jsonBody(CallStateBody) },
  responses: { 200: jsonResponse(OutreachView, "Updated entry"), ...errorResponses },
});

/** The accounts an incident affects and the phone-outreach list, with call states. */
export const outreachRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(affectedAccountsRoute, async (c) => {
    const v = await affectedAccounts({
      ctx: ctxOf(c),
      crm: crmOf(c.get("services")).store,
      incidentId: c.req.valid("param").id,
    });
    return c.json(
      {
        outreach_tier: v.minTier,
        call: v.call.map(accountView),
        broadcast: v.broadcast.map(accountView),
        flagged: v.flagged.map(accountView),
      },
      200,
    );
  })
  .openapi(outreachListRoute, async (c) => {
    const v = await outreachList({
      ctx: ctxOf(c),
      crm: crmOf(c.get("services")).store,
      incidentId: c.req.valid("param").id,
    });
    return c.json(
      { entries: v.entries.map(outreachView), progress: v.progress, flagged: v.flagged.map(accountView) },
      200,
    );
  })
  .openapi(outreachCsvRoute, async (c) => {
    const id = c.req.valid("param").id;
    const v = await outreachList({ ctx: ctxOf(c), crm: crmOf(c.get("services")).store, incidentId: id });
    return c.body(outreachCsv(v.entries), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="outreach-${id.replace(/[^\w-]/g, "")}.csv"`,
    });
  })
  .openapi(setCallStateRoute, async (c) => {
    const p = c.req.valid("param"),
      b = c.req.valid("json");
    const entry = await setCallState({
      ctx: ctxOf(c),
      crm: crmOf(c.get("services")).store,
      input: { incidentId: p.id, accountId: p.accountId, state: b.state, note: b.note ?? null },
    });
    return c.json(outreachView(entry), 200);
  });
