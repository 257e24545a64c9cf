import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Problem } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const body = { title: "Login failures", severity: "P2", message: "Some customers cannot sign in." };

describe("Idempotency-Key", () => {
  it("returns the first result for a retry and creates one incident", async () => {
    const first = await hub.call("POST", "/api/v1/incidents", body, { "idempotency-key": "declare-1" });
    const retry = await hub.call("POST", "/api/v1/incidents", body, { "idempotency-key": "declare-1" });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.json.id).toBe(first.json.id);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await hub.call("GET", "/api/v1/incidents")).json.incidents).toHaveLength(1);
  });

  it("rejects the same key for a different request", async () => {
    await hub.call("POST", "/api/v1/incidents", body, { "idempotency-key": "k" });
    const res = await hub.call<Problem>(
      "POST",
      "/api/v1/incidents",
      { ...body, title: "Other" },
      { "idempotency-key": "k" },
    );
    expect(res.status).toBe(422);
    expect(res.json.code).toBe("idempotency_key_reused");
  });

  it("replays a stored client error as a problem document", async () => {
    const inc = await hub.declare({});
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    const late = { status: "monitoring", message: "Late." };
    const first = await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, late, { "idempotency-key": "late" });
    const again = await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, late, { "idempotency-key": "late" });
    expect(first.status).toBe(409);
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
  });

  it("keeps keys apart per token", async () => {
    const other = (await hub.call("POST", "/api/v1/tokens", { name: "c", role: "commander" })).json.token;
    const a = await hub.call("POST", "/api/v1/incidents", body, { "idempotency-key": "same" });
    const b = await hub.call("POST", "/api/v1/incidents", body, {
      "idempotency-key": "same",
      authorization: `Bearer ${other}`,
    });
    expect(b.json.id).not.toBe(a.json.id);
  });
});
