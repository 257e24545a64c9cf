import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consoleScript, consoleStyles } from "#apps/console/assets.gen";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

describe("the console's page and assets", () => {
  it("serves one HTML page under a CSP that allows only its own script, styles and API", async () => {
    const res = await hub.app.request("/console");
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const html = await res.text();
    expect(html).toContain('<script src="/console/app.js" defer="">');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script>[^<]/);
  });

  it("serves the bundled script and styles from memory, the same on Node and Workers", async () => {
    const js = await hub.app.request("/console/app.js");
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(await js.text()).toBe(consoleScript);
    const css = await hub.app.request("/console/app.css");
    expect(await css.text()).toBe(consoleStyles);
    expect(consoleStyles).toContain(".uplot");
  });
});

describe("the live guardrail check", () => {
  it("returns positioned findings for unsaved text, under the incident's policy", async () => {
    const inc = await hub.declare({ severity: "P2" });
    const res = await hub.call("POST", `/api/v1/incidents/${inc.id}/guardrails`, {
      text: "Requests to 10.0.3.7 time out.",
      status: "identified",
    });
    expect(res.status).toBe(200);
    expect(
      res.json.findings.map((f: { kind: string; start: number; end: number }) => [f.kind, f.start, f.end]),
    ).toEqual([["ip_address", 12, 20]]);
    const missing = await hub.call("POST", "/api/v1/incidents/inc_unknown/guardrails", { text: "x" });
    expect(missing.status).toBe(404);
    const unsigned = await hub.app.request(`/api/v1/incidents/${inc.id}/guardrails`, { method: "POST" });
    expect(unsigned.status).toBe(401);
  });
});
