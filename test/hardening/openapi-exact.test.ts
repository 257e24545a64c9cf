import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultPolicy } from "#core/policy/document";
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

  it("documents subscriber addresses per channel and the contacts an import takes", () => {
    const [byChannel] = schema("NewSubscriber").allOf;
    const address = (channel: string) =>
      byChannel.oneOf.find((o: { properties: { channel: { enum: string[] } } }) =>
        o.properties.channel.enum.includes(channel),
      ).properties.address;
    expect(address("email")).toMatchObject({ format: "email", pattern: expect.stringContaining("@") });
    expect(address("sms").pattern).toBe("^\\+[1-9]\\d{7,14}$");
    expect(address("webhook")).toMatchObject({ format: "uri", pattern: "^https?://" });
    const contact = schema("ImportContacts").properties.contacts.items.properties;
    expect(contact.email.pattern).toBe(address("email").pattern);
    expect(contact.phone.pattern).toBe(address("sms").pattern);
    expect(contact.tier).toMatchObject({ minLength: 1, maxLength: 64 });
  });

  it("documents PUT /policy's JSON body as the policy document, every severity required", () => {
    const body = doc.paths["/policy"].put.requestBody.content["application/json"].schema;
    expect(body).toEqual({ $ref: "#/components/schemas/PolicyDocument" });
    const severities = schema("PolicyDocument").properties.severities;
    expect(severities).toMatchObject({ required: ["P1", "P2", "P3", "P4"], additionalProperties: false });
    expect(schema("PolicyDocument").properties.peakHours.properties.timeZone.enum).toContain("Europe/Paris");
  });
});

describe("a policy that would break later requests is refused when it is saved", () => {
  const put = (patch: (d: typeof defaultPolicy) => unknown) =>
    hub.call("PUT", "/api/v1/policy", patch(structuredClone(defaultPolicy)));

  it("refuses an unknown time zone, on which a severity suggestion for a given time failed with a 500", async () => {
    const res = await put((d) => ({ ...d, peakHours: { ...d.peakHours, timeZone: "Mars/Olympus_Mons" } }));
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ path: "peakHours.timeZone" })]);
  });

  it("refuses cadences beyond a year, whose deadlines no date can hold", async () => {
    const res = await put((d) => {
      d.severities.P1.updateCadenceMinutes = 2 ** 50;
      return d;
    });
    expect(res.status).toBe(400);
    expect((await put((d) => d)).status).toBe(200);
  });
});
