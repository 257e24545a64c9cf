import type { Definitions, Schema } from "#test/fuzz/json-schema";

const resolve = (s: Schema, defs: Definitions): Schema =>
  s.$ref ? resolve(defs[s.$ref.replace("#/components/schemas/", "")]!, defs) : s;

/**
 * The smallest value a schema accepts: required properties only, first enum member, shortest string. Optional fields
 * stay out, so a request reaches the use case without asking for extras (overrides, acknowledgements) that have
 * rules of their own.
 */
export function minimalValue(schema: Schema, defs: Definitions): unknown {
  const s = resolve(schema, defs);
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives)
    return minimalValue(alternatives.find((a) => resolve(a, defs).type !== "null") ?? alternatives[0]!, defs);
  if (s.allOf?.length === 1) return minimalValue(s.allOf[0]!, defs);
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const type = types.find((t) => t !== "null") ?? types[0];
  switch (type) {
    case "null":
      return null;
    case "boolean":
      return false;
    case "integer":
    case "number":
      return Math.max(s.minimum ?? 1, (s.exclusiveMinimum ?? 0) + 1);
    case "string":
      if (s.format === "date-time") return "2026-11-21T12:00:00Z";
      if (s.format === "email") return "someone@example.com";
      return "x".repeat(Math.max(s.minLength ?? 1, 1));
    case "array":
      return Array.from({ length: s.minItems ?? 0 }, () => minimalValue(s.items ?? {}, defs));
    default:
      return Object.fromEntries((s.required ?? []).map((k) => [k, minimalValue(s.properties?.[k] ?? {}, defs)]));
  }
}
