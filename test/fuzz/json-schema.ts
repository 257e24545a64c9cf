import fc from "fast-check";

/** The subset of JSON Schema (OpenAPI 3.1) that the hub's generated document uses. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}
export type Definitions = Record<string, Schema>;

const resolve = (s: Schema, defs: Definitions): Schema =>
  s.$ref ? resolve(defs[s.$ref.replace("#/components/schemas/", "")]!, defs) : s;
const typesOf = (s: Schema) => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);
const isoDateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

function typeMatches(type: string, v: unknown): boolean {
  if (type === "null") return v === null;
  if (type === "array") return Array.isArray(v);
  if (type === "object") return typeof v === "object" && v !== null && !Array.isArray(v);
  if (type === "integer") return Number.isInteger(v);
  return typeof v === type;
}

/** Every way `value` breaks `schema`, as "path: reason" lines; empty when it conforms. */
export function violations(schema: Schema, value: unknown, defs: Definitions, path = "$"): string[] {
  const s = resolve(schema, defs);
  const out: string[] = [];
  if (s.allOf) for (const part of s.allOf) out.push(...violations(part, value, defs, path));
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives && !alternatives.some((alt) => !violations(alt, value, defs, path).length))
    out.push(`${path}: matches none of ${alternatives.length} alternatives`);
  const types = typesOf(s);
  if (types.length && !types.some((t) => typeMatches(t, value))) return [...out, `${path}: not ${types.join("|")}`];
  if (s.enum && !s.enum.some((e) => e === value)) out.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (s.const !== undefined && s.const !== value) out.push(`${path}: not ${JSON.stringify(s.const)}`);
  if (typeof value === "string") {
    if (s.minLength !== undefined && value.length < s.minLength) out.push(`${path}: shorter than ${s.minLength}`);
    if (s.maxLength !== undefined && value.length > s.maxLength) out.push(`${path}: longer than ${s.maxLength}`);
    if (s.pattern && !new RegExp(s.pattern, "u").test(value)) out.push(`${path}: does not match ${s.pattern}`);
    if (s.format === "date-time" && !isoDateTime.test(value)) out.push(`${path}: not a date-time`);
    if (s.format === "uri" && !URL.canParse(value)) out.push(`${path}: not a URI`);
  }
  if (typeof value === "number") {
    if (s.minimum !== undefined && value < s.minimum) out.push(`${path}: below ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) out.push(`${path}: above ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) out.push(`${path}: not above minimum`);
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) out.push(`${path}: not below maximum`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) out.push(`${path}: fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) out.push(`${path}: more than ${s.maxItems} items`);
    if (s.items) for (const [i, v] of value.entries()) out.push(...violations(s.items, v, defs, `${path}[${i}]`));
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in record)) out.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(record)) {
      const known = s.properties?.[key];
      if (known) out.push(...violations(known, v, defs, `${path}.${key}`));
      else if (s.additionalProperties === false) out.push(`${path}.${key}: not allowed`);
      else if (typeof s.additionalProperties === "object")
        out.push(...violations(s.additionalProperties, v, defs, `${path}.${key}`));
      if (s.propertyNames) out.push(...violations(s.propertyNames, key, defs, `${path}{${key}}`));
    }
  }
  return out;
}

function stringArbitrary(s: Schema): fc.Arbitrary<string> {
  const fits = (v: string) => !violations(s, v, {}).length;
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 40, minLength + 40);
  if (s.format === "date-time")
    return fc
      .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString());
  // A pattern may narrow a format (only http and https URIs): the format makes the value, the pattern filters it.
  if (s.format === "uri") return fc.webUrl({ validSchemes: ["https", "http"], withQueryParameters: true }).filter(fits);
  if (s.format === "email" && !s.pattern) return fc.emailAddress().filter(fits);
  const base = s.pattern
    ? fc.stringMatching(new RegExp(s.pattern, "u"), { maxLength: maxLength + 2 })
    : fc.string({ minLength, maxLength, unit: "grapheme-ascii" });
  return base.filter((v) => v.length >= minLength && v.length <= (s.maxLength ?? Number.POSITIVE_INFINITY));
}

/** Values that conform to `schema` (checked by `violations` in the fuzz test itself). */
export function arbitraryFor(schema: Schema, defs: Definitions, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, defs);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.anyOf ?? s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf)!.map((alt) => arbitraryFor(alt, defs, depth)));
  if (s.allOf?.length === 1) return arbitraryFor(s.allOf[0]!, defs, depth);
  // Parts that each describe some of an object's properties (an intersection): one value from each, merged.
  if (s.allOf)
    return fc
      .tuple(...s.allOf.map((part) => arbitraryFor(part, defs, depth)))
      .map((parts) => Object.assign({}, ...parts) as unknown);
  const types = typesOf(s);
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryFor({ ...s, type }, defs, depth)));
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const min = s.minimum ?? (s.exclusiveMinimum ?? -1_000_001) + 1;
      const max = s.maximum ?? (s.exclusiveMaximum === undefined ? undefined : s.exclusiveMaximum - 1);
      // Without a documented maximum, any integer is promised: try a huge one too.
      return max === undefined
        ? fc.oneof(fc.integer({ min, max: min + 1000 }), fc.constant(1e20))
        : fc.integer({ min, max });
    }
    case "number":
      return fc.double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case "string":
      return stringArbitrary(s);
    case "array": {
      const item = s.items ? arbitraryFor(s.items, defs, depth + 1) : fc.jsonValue();
      return fc.array(item, {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, (s.minItems ?? 0) + 4),
      });
    }
    default: {
      if (depth > 4) return fc.constant({});
      const props = s.properties ?? {};
      const known = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryFor(v, defs, depth + 1)])),
        { requiredKeys: s.required ?? [] },
      );
      if (!s.additionalProperties || Object.keys(props).length) return known;
      const key = s.propertyNames ? stringArbitrary(resolve(s.propertyNames, defs)) : fc.string({ maxLength: 12 });
      const value =
        s.additionalProperties === true ? fc.jsonValue() : arbitraryFor(s.additionalProperties, defs, depth + 1);
      return fc.dictionary(key, value, { maxKeys: 3 });
    }
  }
}
