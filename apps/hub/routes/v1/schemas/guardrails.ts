import { z } from "@hono/zod-openapi";
import { incidentPhases } from "#core/incidents/model";

export const CheckBody = z
  .strictObject({ text: z.string().max(5000), status: z.enum(incidentPhases).optional() })
  .openapi("GuardrailCheckInput");
