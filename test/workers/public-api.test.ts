import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const auth = { authorization: "Bearer workers-test-admin-token", "content-type": "application/json" };
const call = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(new Request(`https://status.example.com${path}`, init));
const post = (path: string, body: unknown) => call(path, { method: "POST", headers: auth, body: JSON.stringify(body) });

describe("the hub inside workerd on D1", () => {
  it("declares an incident that shows on summary.json and unresolved.json, and resolving clears it", async () => {
    const component = await (await post("/api/v1/components", { name: "API", group: "Platform" })).json<{
      id: string;
    }>();
    const declared = await post("/api/v1/incidents", {
      title: "API errors",
      severity: "P1",
      message: "Requests fail for some customers.",
      components: [{ id: component.id, status: "major_outage" }],
    });
    expect(declared.status).toBe(201);
    const incident = await declared.json<{ id: string }>();

    const summary = await (await call("/api/v2/summary.json")).json<any>();
    expect(summary.status).toEqual({ indicator: "critical", description: "Major Service Outage" });
    expect(summary.incidents.map((i: any) => i.id)).toEqual([incident.id]);
    expect(summary.components.find((c: any) => c.id === component.id).status).toBe("major_outage");
    const unresolved = await (await call("/api/v2/incidents/unresolved.json")).json<any>();
    expect(unresolved.incidents[0].shortlink).toBe(`https://status.example.com/incidents/${incident.id}`);

    expect(
      (await post(`/api/v1/incidents/${incident.id}/updates`, { status: "resolved", message: "Fixed." })).status,
    ).toBe(201);
    const after = await (await call("/api/v2/summary.json")).json<any>();
    expect(after.status.indicator).toBe("none");
    expect(after.incidents).toEqual([]);
    const atom = await (await call("/history.atom")).text();
    expect(atom).toContain(`https://status.example.com/incidents/${incident.id}`);
    const page = await (await call("/")).text();
    expect(page).toContain("All Systems Operational");
  });

  it("answers bad input with problem+json and a request id", async () => {
    const res = await call("/api/v1/incidents", { method: "POST", headers: auth, body: "{" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await res.json<any>()).requestId).toBe(res.headers.get("x-request-id"));
    expect((await call("/api/v1/incidents")).status).toBe(401);
  });
});
