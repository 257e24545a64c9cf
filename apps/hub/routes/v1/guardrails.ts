import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { checkText } from "#core/comms/check-text";
import { createRoute } from "./create-route";
import { errorResponses, jsonBody, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";
import { Finding } from "./schemas/drafts";
import { CheckBody } from "./schemas/guardrails";

/** Guardrail findings for a text before it is saved (the console's live check). */
export const checkGuardrailsRoute = createRoute({
  tags: ["Drafts and approvals"],
  permission: "read",
  method: "post",
  path: "/incidents/{id}/guardrails",
  summary: "Check a status-page text against the guardrails, with positions, without saving it",
  request: { params: IdParam, ...jsonBody(CheckBody) },
  responses: {
    200: jsonResponse(z.object({ findings: z.array(Finding.omit({ field: true })) }), "Findings"),
    ...errorResponses,
  },
});

export const guardrailRoutes = new OpenAPIHono<HonoEnv>().openapi(checkGuardrailsRoute, async (c) => {
  const b = c.req.valid("json");
  const findings = await checkText({
    ctx: ctxOf(c),
    input: { incidentId: c.req.valid("param").id, text: b.text, phase: b.status },
  });
  return c.json({ findings }, 200);
});
