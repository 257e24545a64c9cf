import { OpenAPIHono } from "@hono/zod-openapi";
import type { HonoEnv } from "#apps/hub/env";
import { requireToken } from "#apps/hub/http/auth";
import { idempotency } from "#apps/hub/http/idempotency";
import { assertEveryRouteDeclaresPermission } from "#apps/hub/http/permission";
import { zodProblem } from "#apps/hub/http/problem";
import { archiveRoutes } from "./archive";
import { candidateRoutes } from "./candidates";
import { componentRoutes } from "./components";
import { crmRoutes } from "./crm";
import { deliveryRoutes } from "./deliveries";
import { draftApprovalRoutes } from "./draft-approvals";
import { draftHistoryRoutes } from "./draft-history";
import { draftPublishRoutes } from "./draft-publish";
import { draftRoutes } from "./drafts";
import { drillRoutes } from "./drills";
import { guardrailRoutes } from "./guardrails";
import { helpdeskRoutes } from "./helpdesk";
import { incidentDeskRoutes } from "./helpdesk-incidents";
import { incidentUpdateRoutes } from "./incident-updates";
import { incidentRoutes } from "./incidents";
import { kpiRoutes } from "./kpis";
import { maintenanceRoutes } from "./maintenances";
import { outreachRoutes } from "./outreach";
import { policyRoutes } from "./policy";
import { subscriberRoutes } from "./subscribers";
import { templateRoutes } from "./templates";
import { timelineRoutes } from "./timeline";
import { tokenRoutes } from "./tokens";

/** The write API under /api/v1: bearer tokens, Idempotency-Key, zod-validated bodies. */
export function v1Api() {
  const api = new OpenAPIHono<HonoEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return zodProblem(c, result.error, result.target === "json" ? "body" : result.target);
    },
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "An API token issued by POST /api/v1/tokens, or LIAISON_ADMIN_TOKEN.",
  });
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Liaison API", version: "1" },
    servers: [{ url: "/api/v1" }],
  });
  api.use("*", async (c, next) => (c.req.path.endsWith("/openapi.json") ? next() : requireToken(c, next)));
  api.use("*", async (c, next) => {
    c.set("policy", await c.get("services").store.currentPolicy());
    await next();
  });
  api.use("*", idempotency);
  // Widened to the base type: merging every route's schema type overflows the compiler, and no client uses it.
  const resources = [
    componentRoutes,
    incidentRoutes,
    incidentUpdateRoutes,
    maintenanceRoutes,
    tokenRoutes,
    policyRoutes,
    templateRoutes,
    draftRoutes,
    draftHistoryRoutes,
    draftApprovalRoutes,
    draftPublishRoutes,
    guardrailRoutes,
    archiveRoutes,
    timelineRoutes,
    helpdeskRoutes,
    incidentDeskRoutes,
    crmRoutes,
    outreachRoutes,
    subscriberRoutes,
    deliveryRoutes,
    kpiRoutes,
    candidateRoutes,
    drillRoutes,
  ] as unknown as OpenAPIHono<HonoEnv>[];
  for (const r of resources) api.route("/", r);
  assertEveryRouteDeclaresPermission(api, ["GET /openapi.json"]);
  return api;
}
