import type { Context } from "hono";
import type { ZodType } from "zod";
import type { HonoEnv } from "../env";
import { problem, zodProblem } from "./problem";

/** A verified raw body as JSON of the vendor's shape, or the problem response to send instead. */
export function parseWebhookJson<T>(
  c: Context<HonoEnv>,
  raw: string,
  schema: ZodType<T>,
  notJson: string,
): { data: T } | { response: Response } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { response: problem(c, 400, notJson, { code: "invalid_input" }) };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { data: parsed.data } : { response: zodProblem(c, parsed.error) };
}
