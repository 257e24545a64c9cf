import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { noneMatch } from "#apps/hub/http/revision-cache";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
  await hub.component("API");
});
afterEach(() => hub.close());

const path = "/api/v2/summary.json";
const get = (headers: Record<string, string> = {}, method = "GET") => hub.app.request(path, { method, headers });

describe("HTTP caching on /api/v2 (RFC 9110)", () => {
  it("answers If-None-Match with 304 under weak comparison, in a list, and for *", async () => {
    const etag = (await get()).headers.get("etag")!;
    const opaque = etag.replace(/^W\//, "");
    for (const header of [etag, opaque, `"other", ${etag}`, `W/"a",W/"b" ,${opaque}`, "*"])
      expect((await get({ "if-none-match": header })).status, header).toBe(304);
    for (const header of ['"other"', `W/"x${opaque.slice(1)}`, `${opaque.slice(0, -1)}x"`])
      expect((await get({ "if-none-match": header })).status, header).toBe(200);
  });

  it("matches tags the way RFC 9110 §13.1.2 compares them", () => {
    expect(noneMatch('W/"1"', '"1"')).toBe(true);
    expect(noneMatch(' "2" , W/"1" ', '"1"')).toBe(true);
    expect(noneMatch('"10"', '"1"')).toBe(false);
    expect(noneMatch(undefined, '"1"')).toBe(false);
  });

  it("gives HEAD the Content-Length that GET's body has", async () => {
    const body = new Uint8Array(await (await get()).arrayBuffer());
    const head = await get({}, "HEAD");
    expect(head.headers.get("content-length")).toBe(String(body.byteLength));
    expect(await head.text()).toBe("");
  });

  it("lets a cross-origin script send If-None-Match and read the ETag", async () => {
    const preflight = await hub.app.request(path, {
      method: "OPTIONS",
      headers: {
        origin: "https://dashboard.example.org",
        "access-control-request-method": "GET",
        "access-control-request-headers": "if-none-match",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");
    const res = await get({ origin: "https://dashboard.example.org" });
    expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
  });
});
