import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Problem, Reply } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const expectProblem = (res: Reply<Problem>, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(res.json.requestId).toMatch(/^req_/);
  expect(res.json.requestId).toBe(res.headers.get("x-request-id"));
  expect(JSON.stringify(res.json)).not.toMatch(/at .*\.ts:\d+/);
};

describe("bad input gets a clear problem and changes nothing", () => {
  it("rejects malformed JSON", async () => {
    const res = await hub.call<Problem>("POST", "/api/v1/incidents", '{"title": ');
    expectProblem(res, 400);
    expect(res.json.detail).toMatch(/malformed json/i);
  });

  it("names unknown fields and wrong types", async () => {
    const res = await hub.call<Problem>("POST", "/api/v1/incidents", {
      title: 42,
      severity: "P9",
      message: "x",
      colour: "red",
    });
    expectProblem(res, 400);
    const paths = res.json.errors?.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["body.title", "body.severity", "body"]));
    expect(res.json.detail).toContain('"colour"');
  });

  it("rejects unknown component ids without creating the incident", async () => {
    const res = await hub.call<Problem>("POST", "/api/v1/incidents", {
      title: "X",
      severity: "P2",
      message: "m",
      components: [{ id: "cmp_nope", status: "major_outage" }],
    });
    expectProblem(res, 404);
    expect(res.json.detail).toContain("cmp_nope");
    expect((await hub.call("GET", "/api/v1/incidents")).json.incidents).toEqual([]);
  });

  it("answers 404 for unknown incidents and routes", async () => {
    expectProblem(await hub.call<Problem>("GET", "/api/v1/incidents/inc_missing"), 404);
    expectProblem(
      await hub.call<Problem>("POST", "/api/v1/incidents/inc_missing/updates", { status: "identified", message: "m" }),
      404,
    );
    expectProblem(await hub.call<Problem>("GET", "/api/v1/nothing-here"), 404);
  });

  it("refuses updates on a resolved incident and points to reopen", async () => {
    const inc = await hub.declare({});
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    const res = await hub.call<Problem>("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "monitoring",
      message: "Late update.",
    });
    expectProblem(res, 409);
    expect(res.json.code).toBe("invalid_transition");
    expect(res.json.detail).toContain("reopen");
    expect((await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json.updates).toHaveLength(2);
  });

  it("refuses to reopen an incident that is not resolved", async () => {
    const inc = await hub.declare({});
    expectProblem(
      await hub.call<Problem>("POST", `/api/v1/incidents/${inc.id}/reopen`, { message: "m", reason: "r" }),
      409,
    );
  });

  it("rejects an impact end before its start and duplicate components", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({});
    expectProblem(
      await hub.call<Problem>("POST", `/api/v1/incidents/${inc.id}/updates`, {
        status: "resolved",
        message: "m",
        impact_end_at: "2020-01-01T00:00:00Z",
      }),
      400,
    );
    expectProblem(
      await hub.call<Problem>("POST", "/api/v1/incidents", {
        title: "X",
        severity: "P2",
        message: "m",
        components: [
          { id: api, status: "major_outage" },
          { id: api, status: "partial_outage" },
        ],
      }),
      400,
    );
  });

  it("refuses a duplicate component name", async () => {
    await hub.component("API");
    expectProblem(await hub.call<Problem>("POST", "/api/v1/components", { name: "api" }), 409);
  });
});

describe("atomic writes", () => {
  it("rolls back every row of a batch when one statement fails", async () => {
    const inc = await hub.declare({});
    const { store } = hub.services;
    const current = (await store.getIncident(inc.id))!;
    const dupUpdate = current.updates[0]!;
    await expect(
      store.saveIncident({ incident: { ...current, title: "Half-written?" }, newUpdate: dupUpdate, events: [] }),
    ).rejects.toThrow();
    const after = (await store.getIncident(inc.id))!;
    expect(after.title).toBe(current.title);
    expect(after.updates).toHaveLength(1);
  });
});

describe("public revision", () => {
  it("moves with every public change and stays put on reads and failed writes", async () => {
    const { store } = hub.services;
    const r0 = await store.publicRevision();
    const api = await hub.component("API");
    const r1 = await store.publicRevision();
    expect(r1).toBeGreaterThan(r0);
    const inc = await hub.declare({ components: [{ id: api, status: "major_outage" }] });
    const r2 = await store.publicRevision();
    expect(r2).toBeGreaterThan(r1);
    await hub.call("GET", `/api/v1/incidents/${inc.id}`);
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "bogus", message: "m" });
    expect(await store.publicRevision()).toBe(r2);
  });
});
