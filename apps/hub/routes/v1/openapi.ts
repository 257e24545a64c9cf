import { type RouteConfig, z } from "@hono/zod-openapi";

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    code: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const problemContent = { "application/problem+json": { schema: Problem } };

/** Error responses every authenticated route can give. */
export const errorResponses = {
  400: { description: "Invalid input", content: problemContent },
  401: { description: "Missing, unknown or revoked token", content: problemContent },
  403: { description: "The token's role may not do this", content: problemContent },
  404: { description: "Unknown id", content: problemContent },
  409: { description: "Illegal transition or conflict", content: problemContent },
} satisfies RouteConfig["responses"];

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
export const security = [{ bearer: [] }];
