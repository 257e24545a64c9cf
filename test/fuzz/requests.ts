import fc from "fast-check";
import { arbitraryFor, type Definitions, type Schema, violations } from "./json-schema";

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Valid by the OpenAPI document: only then may a 400 not come from the request's shape. */
  valid: boolean;
  /** Invalid by the document for certain (no token, or a body its schema refuses): must not get a 2xx. */
  mustRefuse?: boolean;
  /** The documented operation, for checking 2xx bodies; null for public routes. */
  operation: { path: string; method: string } | null;
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }>; required?: boolean };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Definitions };
}

const jsonHeaders = { "content-type": "application/json" };
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  fc.constantFrom("{", '{"a":', "\u0000", "[1,2", "null", '{"__proto__":{"x":1}}', "x".repeat(3000)),
  fc.string({ maxLength: 30 }),
);

/** Valid and invalid requests for one documented operation, with ids that exist mixed with ones that do not. */
function operationRequests(
  doc: OpenApiDocument,
  path: string,
  method: string,
  op: Operation,
  knownIds: string[],
  auth: Record<string, string>,
): fc.Arbitrary<FuzzRequest> {
  const defs = doc.components.schemas;
  const params = op.parameters ?? [];
  const parameterValue = (p: Parameter) => {
    const fitting = p.in === "path" ? knownIds.filter((id) => !violations(p.schema, id, defs).length) : [];
    const generated = arbitraryFor(p.schema, defs);
    return fitting.length ? fc.oneof(fc.constantFrom(...fitting), generated) : generated;
  };
  const paramArb = fc.record(Object.fromEntries(params.map((p) => [p.name, parameterValue(p)])), {
    requiredKeys: params.filter((p) => p.required || p.in === "path").map((p) => p.name),
  });
  const jsonSchema = op.requestBody?.content["application/json"]?.schema;
  const validBody = jsonSchema ? arbitraryFor(jsonSchema, defs).map((v) => JSON.stringify(v)) : fc.constant(undefined);
  const refusedBody = (raw: string) => {
    try {
      return violations(jsonSchema!, JSON.parse(raw), defs).length > 0;
    } catch {
      return true;
    }
  };
  const build = (values: Record<string, unknown>, raw: string | undefined, valid: boolean, headers = auth) => {
    const body = method === "get" ? undefined : raw;
    const mustRefuse =
      headers !== auth || (!valid && jsonSchema !== undefined && body !== undefined && refusedBody(body));
    let url = path;
    const query = new URLSearchParams();
    for (const p of params) {
      if (!(p.name in values)) continue;
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(String(values[p.name])));
      else if (p.in === "query") query.set(p.name, String(values[p.name]));
    }
    const qs = query.toString();
    return {
      method: method.toUpperCase(),
      path: `/api/v1${url}${qs ? `?${qs}` : ""}`,
      headers: body === undefined ? headers : { ...headers, ...jsonHeaders },
      body,
      valid,
      mustRefuse,
      operation: { path, method },
    };
  };
  const badQuery = fc.dictionary(
    fc.constantFrom(...params.filter((p) => p.in === "query").map((p) => p.name), "limit", "x"),
    fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("-1", "1e999", "NaN", "", "%00")),
    { maxKeys: 3 },
  );
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(paramArb, validBody).map(([v, b]) => build(v, b, true)) },
    { weight: 2, arbitrary: fc.tuple(paramArb, junk).map(([v, b]) => build(v, b, false)) },
    {
      weight: 1,
      arbitrary: fc.tuple(paramArb, validBody, badQuery).map(([v, b, q]) => {
        const r = build(v, b, false);
        const extra = new URLSearchParams(q as Record<string, string>).toString();
        return { ...r, path: `${r.path}${r.path.includes("?") ? "&" : "?"}${extra}` };
      }),
    },
    { weight: 1, arbitrary: fc.tuple(paramArb, validBody).map(([v, b]) => build(v, b, false, {})) },
  );
}

/** One arbitrary per documented operation, so every operation is drawn equally often. */
export function apiRequests(doc: OpenApiDocument, knownIds: string[], auth: Record<string, string>) {
  const all: fc.Arbitrary<FuzzRequest>[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) all.push(operationRequests(doc, path, method, op, knownIds, auth));
  return all;
}
