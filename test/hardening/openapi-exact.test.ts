import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
// biome-ignore lint/suspicious/noExplicitAny: the document is read as plain JSON
let doc: any;
beforeAll(async () => {
  hub = await createTestHub();
  doc = await (await hub.app.request("/api/v1/openapi.json")).json();
});
afterAll(() => hub.close());

const schema = (name: string) => doc.components.schemas[name];
const query = (path: string, name: string) =>
  doc.paths[path].get.parameters.find((p: { name: string }) => p.name === name).schema;

describe("the OpenAPI document says what the API accepts", () => {
  it("documents PUT /policy's body as JSON or YAML", () => {
    const body = doc.paths["/policy"].put.requestBody;
    expect(body.required).toBe(true);
    expect(Object.keys(body.content)).toEqual(["application/json", "application/yaml"]);
  });

  it("names the allowed template variable keys", () => {
    for (const name of ["DraftInput", "PreviewInput"])
      expect(schema(name).properties.variables.propertyNames).toMatchObject({ pattern: "^[a-z_]+$" });
  });

  it("bounds integers where zod stops (diff versions, positions, backfill lead)", () => {
    for (const path of ["/drafts/{id}/diff", "/templates/{kind}/{locale}/diff"])
      for (const name of ["from", "to"])
        expect(query(path, name)).toMatchObject({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
    expect(schema("CreateComponent").properties.position.maximum).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("says that trimmed text must hold more than spaces", () => {
    expect(schema("IssueToken").properties.name).toMatchObject({ minLength: 1, pattern: "\\S" });
    expect(schema("DeclareIncident").properties.title).toMatchObject({ pattern: "\\S" });
    expect(schema("DeclareIncident").properties.regions.items).toMatchObject({ pattern: "\\S" });
  });
});
