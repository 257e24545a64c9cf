import { OpenAPIHono, z } from "@hono/zod-openapi";
import { parse as parseYaml } from "yaml";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { replacePolicy } from "#core/policy/manage";
import { ImpactInputs, suggestSeverity } from "#core/policy/suggest-severity";
import { DomainError } from "#core/shared/errors";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { PolicyView, SuggestBody } from "./schemas/policy";

const tags = ["Policy"];

export const getPolicyRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/policy",
  summary: "The communication policy in force",
  responses: { 200: jsonResponse(PolicyView, "Policy"), ...errorResponses },
});

export const replacePolicyRoute = createRoute({
  tags,
  permission: "policy:manage",
  method: "put",
  path: "/policy",
  summary: "Replace the policy (admin); JSON or YAML (Content-Type: application/yaml)",
  request: {
    body: {
      required: true,
      description: "A policy document (see GET /policy), as a JSON object or the same in YAML.",
      content: {
        // A reference, not the zod schema: that would validate every body as JSON, YAML too. The route checks both.
        "application/json": { schema: { $ref: "#/components/schemas/PolicyDocument" } },
        "application/yaml": { schema: z.string() },
      },
    },
  },
  responses: { 200: jsonResponse(PolicyView, "The new version"), ...errorResponses },
});

export const policyVersionsRoute = createRoute({
  tags,
  permission: "read",
  method: "get",
  path: "/policy/versions",
  summary: "Every stored policy version",
  responses: {
    200: jsonResponse(
      z.object({
        versions: z.array(z.object({ version: z.number(), author_id: z.string().nullable(), created_at: z.string() })),
      }),
      "Versions",
    ),
    ...errorResponses,
  },
});

export const suggestSeverityRoute = createRoute({
  tags,
  permission: "read",
  method: "post",
  path: "/policy/suggest-severity",
  summary: "Suggest a severity, with reasons, from impact inputs",
  request: jsonBody(SuggestBody),
  responses: {
    200: jsonResponse(z.object({ severity: z.string(), reasons: z.array(z.string()) }), "Suggestion"),
    ...errorResponses,
  },
});

export const policyRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(getPolicyRoute, (c) => {
    const p = c.get("policy");
    return c.json({ version: p.version, document: p.document }, 200);
  })
  .openapi(replacePolicyRoute, async (c) => {
    const type = c.req.header("content-type") ?? "";
    const raw = await c.req.text();
    let document: unknown;
    try {
      document = /ya?ml/.test(type) ? parseYaml(raw) : JSON.parse(raw);
    } catch (e) {
      throw new DomainError(
        "invalid_input",
        `The policy could not be parsed as ${/ya?ml/.test(type) ? "YAML" : "JSON"}: ${(e as Error).message.split("\n")[0]}`,
      );
    }
    const saved = await replacePolicy({ ctx: ctxOf(c), input: { document } });
    return c.json({ version: saved.version, document: saved.document }, 200);
  })
  .openapi(policyVersionsRoute, async (c) => {
    const ctx = ctxOf(c);
    const versions = await ctx.store.listPolicyVersions();
    return c.json(
      {
        versions: versions.map((v) => ({
          version: v.version,
          author_id: v.authorId,
          created_at: v.createdAt.toISOString(),
        })),
      },
      200,
    );
  })
  .openapi(suggestSeverityRoute, (c) => {
    const b = c.req.valid("json");
    const input = ImpactInputs.parse({
      customersAffectedPercent: b.customers_affected_percent,
      dataLossRisk: b.data_loss_risk,
      securityExposure: b.security_exposure,
      coreFunctionDown: b.core_function_down,
      workaroundExists: b.workaround_exists,
      cosmeticOnly: b.cosmetic_only,
      regions: b.regions,
      at: b.at ? new Date(b.at) : undefined,
    });
    return c.json(suggestSeverity(input, c.get("policy").document.peakHours), 200);
  });
