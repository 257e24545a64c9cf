import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { HonoEnv } from "#apps/hub/env";
import { type KpiSources, kpisOfIncident, kpisOfPeriod } from "#core/kpis/collect";
import { kpiCsv } from "#core/kpis/csv";
import { createRoute } from "./create-route";
import { errorResponses, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { IncidentKpisView, incidentKpisView, PeriodKpisView, PeriodQuery, periodKpisView } from "./schemas/kpis";

const tags = ["KPIs"];
const defaultPeriodMs = 30 * 86_400_000;

const sourcesOf = (c: { get: <K extends keyof HonoEnv["Variables"]>(k: K) => HonoEnv["Variables"][K] }) => {
  const s = c.get("services");
  return {
    store: s.store,
    helpdesk: s.helpdesk.store,
    delivery: s.delivery?.store ?? null,
    now: s.clock.now(),
    actor: c.get("principal"),
  } satisfies KpiSources;
};

const periodOf = (q: { from?: string; to?: string }, now: Date) => {
  const to = q.to ? new Date(q.to) : now;
  return { from: q.from ? new Date(q.from) : new Date(to.getTime() - defaultPeriodMs), to };
};

export const periodKpisRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/kpis",
  summary: "Communication KPIs over a period, with each incident's",
  description: "`from` must be before `to`.",
  request: { query: PeriodQuery },
  responses: {
    200: jsonResponse(z.object({ period: PeriodKpisView, incidents: z.array(IncidentKpisView) }), "KPIs"),
    ...errorResponses,
  },
});

export const periodKpisCsvRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/kpis.csv",
  summary: "The period's per-incident KPIs as CSV, for a data warehouse",
  description: "`from` must be before `to`.",
  request: { query: PeriodQuery },
  responses: {
    200: { description: "One row per incident", content: { "text/csv": { schema: z.string() } } },
    ...errorResponses,
  },
});

export const incidentKpisRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/incidents/{id}/kpis",
  summary: "One incident's communication KPIs",
  request: { params: IdParam },
  responses: { 200: jsonResponse(IncidentKpisView, "KPIs"), ...errorResponses },
});

export const kpiRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(periodKpisRoute, async (c) => {
    const src = sourcesOf(c);
    const { from, to } = periodOf(c.req.valid("query"), src.now);
    const { period, incidents } = await kpisOfPeriod(src, from, to);
    return c.json({ period: periodKpisView(period), incidents: incidents.map(incidentKpisView) }, 200);
  })
  .openapi(periodKpisCsvRoute, async (c) => {
    const src = sourcesOf(c);
    const { from, to } = periodOf(c.req.valid("query"), src.now);
    const { incidents } = await kpisOfPeriod(src, from, to);
    return c.body(kpiCsv(incidents), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="liaison-kpis-${from.toISOString().slice(0, 10)}.csv"`,
    });
  })
  .openapi(incidentKpisRoute, async (c) =>
    c.json(incidentKpisView(await kpisOfIncident(sourcesOf(c), c.req.valid("param").id)), 200),
  );
