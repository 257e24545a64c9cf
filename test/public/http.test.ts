import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
let incidentId: string;
beforeEach(async () => {
  hub = await createTestHub();
  const api = await hub.component("API");
  incidentId = (await hub.declare({ components: [{ id: api, status: "degraded_performance" }] })).id;
});
afterEach(() => hub.close());

/** Unauthenticated, as a browser or a Statuspage client would ask. */
const request = (path: string, init: RequestInit = {}) => hub.app.request(path, init);

const json = [
  "/api/v2/summary.json",
  "/api/v2/status.json",
  "/api/v2/components.json",
  "/api/v2/incidents.json",
  "/api/v2/incidents/unresolved.json",
  "/api/v2/scheduled-maintenances.json",
  "/api/v2/scheduled-maintenances/upcoming.json",
  "/api/v2/scheduled-maintenances/active.json",
];
const feeds: Record<string, string> = {
  "/history.atom": "application/atom+xml",
  "/history.rss": "application/rss+xml",
};

const maxAge = (res: Response) => Number(/^public, max-age=(\d+)$/.exec(res.headers.get("cache-control") ?? "")?.[1]);

describe("public HTTP behaviour", () => {
  it("serves every v2 path as JSON to any origin, with a short public cache", async () => {
    for (const path of json) {
      const res = await request(path, { headers: { origin: "https://dashboard.example.org" } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toBe("application/json; charset=utf-8");
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(maxAge(res), path).toBeGreaterThan(0);
      expect(maxAge(res), path).toBeLessThanOrEqual(60);
      expect(res.headers.get("etag"), path).toMatch(/^W\/".+"$/);
      expect(Object.keys(await res.json()), path).toContain("page");
    }
  });

  it("answers HEAD on every public path with the GET headers and no body", async () => {
    const paths = [...json, ...Object.keys(feeds), "/", `/incidents/${incidentId}`];
    for (const path of paths) {
      const get = await request(path);
      const head = await request(path, { method: "HEAD" });
      expect(head.status, path).toBe(200);
      expect(head.headers.get("content-type"), path).toBe(get.headers.get("content-type"));
      expect(head.headers.get("cache-control"), path).toBe(get.headers.get("cache-control"));
      expect(await head.text(), path).toBe("");
      expect((await get.text()).length, path).toBeGreaterThan(0);
    }
  });

  it("answers a CORS preflight for the JSON API", async () => {
    const res = await request("/api/v2/summary.json", {
      method: "OPTIONS",
      headers: { origin: "https://x.example", "access-control-request-method": "GET" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("serves the feeds with their own media types, open to any origin", async () => {
    for (const [path, type] of Object.entries(feeds)) {
      const res = await request(path);
      expect(res.headers.get("content-type"), path).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(maxAge(res), path).toBeLessThanOrEqual(60);
    }
  });

  it("serves HTML pages with a short cache and a strict content security policy", async () => {
    for (const path of ["/", `/incidents/${incidentId}`]) {
      const res = await request(path);
      expect(res.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
      expect(maxAge(res), path).toBeLessThanOrEqual(60);
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'none'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("keeps the page's headers off paths that are not pages", async () => {
    const res = await request("/no-such-page");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("content-security-policy")).toBeNull();
  });
});
