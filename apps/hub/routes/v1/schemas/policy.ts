import { z } from "@hono/zod-openapi";
import { PolicyDocument } from "#core/policy/document";

const Document = PolicyDocument.meta({ id: "PolicyDocument" });

export const PolicyView = z.object({ version: z.number(), document: Document }).openapi("Policy");

export const SuggestBody = z
  .strictObject({
    customers_affected_percent: z.number().min(0).max(100),
    data_loss_risk: z.boolean().optional(),
    security_exposure: z.boolean().optional(),
    core_function_down: z.boolean().optional(),
    workaround_exists: z.boolean().optional(),
    cosmetic_only: z.boolean().optional(),
    regions: z.array(z.string()).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .openapi("SeverityInputs");
