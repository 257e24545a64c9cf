import type { z } from "zod";

/** Parses the settings one part owns, naming the part and each bad variable (never its value). */
export function parseEnv<S extends z.ZodType>(part: string, schema: S, env: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`Invalid ${part} configuration: ${problems}`);
}

/** Runtime settings as both entries hand them over: process.env on Node, vars and secrets on Workers. */
export type RawEnv = Record<string, unknown>;
