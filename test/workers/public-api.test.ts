import { describe, expect, it } from "vitest";
import type { Problem } from "#test/support/call";
import { call } from "./support";

describe("the hub inside workerd on D1", () => {
  it("declares an incident that shows on summary.json and unresolved.json, and resolving clears it", async () => {
    const component = (await call("POST", "/api/v1/components", { name: "API", group: "Platform" })).json;
    const declared = await call("POST", "/api/v1/incidents", {
      title: "API errors",
      severity: "P1",
      message: "Requests fail for some customers.",
      components: [{ id: component.id, status: "major_outage" }],
    });
    expect(declared.status).toBe(201);
    const incident = declared.json;

    const summary = (await call("GET", "/api/v2/summary.json")).json;
    expect(summary.status).toEqual({ indicator: "critical", description: "Major Service Outage" });
    expect(summary.incidents.map((i) => i.id)).toEqual([incident.id]);
    expect(summary.components.find((c) => c.id === component.id)?.status).toBe("major_outage");
    const unresolved = (await call("GET", "/api/v2/incidents/unresolved.json")).json;
    expect(unresolved.incidents[0].shortlink).toBe(`https://status.example.com/incidents/${incident.id}`);

    expect(
      (await call("POST", `/api/v1/incidents/${incident.id}/updates`, { status: "resolved", message: "Fixed." }))
        .status,
    ).toBe(201);
    const after = (await call("GET", "/api/v2/summary.json")).json;
    expect(after.status.indicator).toBe("none");
    expect(after.incidents).toEqual([]);
    const atom = (await call("GET", "/history.atom")).text;
    expect(atom).toContain(`https://status.example.com/incidents/${incident.id}`);
    const page = (await call("GET", "/")).text;
    expect(page).toContain("All Systems Operational");
  });

  it("answers bad input with problem+json and a request id", async () => {
    const res = await call<Problem>("POST", "/api/v1/incidents", "{");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json.requestId).toBe(res.headers.get("x-request-id"));
    expect((await call("GET", "/api/v1/incidents", undefined, { authorization: "" })).status).toBe(401);
  });
});
