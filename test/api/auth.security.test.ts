import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Problem } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

type OpenApiDocument = { paths: object; components: { schemas: Record<string, { required: string[] }> } };
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const issue = async (role: string) => {
  const { json } = await hub.call("POST", "/api/v1/tokens", { name: `${role} bot`, role });
  if (!json.token) throw new Error("an issued token shows its secret");
  return { ...json, token: json.token };
};

describe("bearer tokens", () => {
  it("401s without a token, with a malformed header and with an unknown token", async () => {
    for (const headers of [{ authorization: "" }, { authorization: "Basic abc" }, as("lsn_not-a-real-token")]) {
      const res = await hub.call<Problem>("GET", "/api/v1/incidents", undefined, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(res.json.requestId).toMatch(/^req_/);
    }
  });

  it("stores only a hash and shows the secret once", async () => {
    const t = await issue("liaison");
    expect(t.token).toMatch(/^lsn_[A-Za-z0-9_-]{43}$/);
    const list = await hub.call("GET", "/api/v1/tokens");
    expect(list.text).not.toContain(t.token);
    const stored = (await hub.services.store.listTokens()).find((s) => s.id === t.id)!;
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.hash).not.toContain(t.token);
  });

  it("stops accepting a revoked token", async () => {
    const t = await issue("commander");
    expect((await hub.call("GET", "/api/v1/incidents", undefined, as(t.token))).status).toBe(200);
    expect((await hub.call("DELETE", `/api/v1/tokens/${t.id}`)).status).toBe(204);
    expect((await hub.call("GET", "/api/v1/incidents", undefined, as(t.token))).status).toBe(401);
    expect((await hub.call("DELETE", `/api/v1/tokens/${t.id}`)).status).toBe(404);
  });

  it("enforces roles", async () => {
    const viewer = await issue("viewer");
    const agent = await issue("agent");
    const liaison = await issue("liaison");
    const commander = await issue("commander");
    const body = { title: "X", severity: "P3", message: "m" };
    expect((await hub.call("POST", "/api/v1/incidents", body, as(viewer.token))).status).toBe(403);
    expect((await hub.call("POST", "/api/v1/incidents", body, as(liaison.token))).status).toBe(403);
    expect((await hub.call("POST", "/api/v1/tokens", { name: "x", role: "admin" }, as(agent.token))).status).toBe(403);
    expect((await hub.call("POST", "/api/v1/tokens", { name: "x", role: "admin" }, as(commander.token))).status).toBe(
      403,
    );
    const declared = await hub.call("POST", "/api/v1/incidents", body, as(commander.token));
    expect(declared.status).toBe(201);
    expect(declared.json.updates[0].author_id).toBe(commander.id);
    const update = await hub.call(
      "POST",
      `/api/v1/incidents/${declared.json.id}/updates`,
      { status: "identified", message: "m" },
      as(liaison.token),
    );
    expect(update.status).toBe(201);
    expect(
      (
        await hub.call(
          "POST",
          `/api/v1/incidents/${declared.json.id}/updates`,
          { status: "identified", message: "m" },
          as(agent.token),
        )
      ).status,
    ).toBe(403);
  });

  it("serves the OpenAPI document without a token", async () => {
    const res = await hub.call<OpenApiDocument>("GET", "/api/v1/openapi.json", undefined, { authorization: "" });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json.paths)).toEqual(
      expect.arrayContaining([
        "/incidents",
        "/incidents/{id}",
        "/incidents/{id}/updates",
        "/components",
        "/maintenances",
        "/tokens",
      ]),
    );
    expect(res.json.components.schemas.DeclareIncident.required).toEqual(
      expect.arrayContaining(["title", "severity", "message"]),
    );
  });
});
