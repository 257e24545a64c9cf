import { describe, expect, it } from "vitest";
import { withDeliveryHub } from "./support";

const t = withDeliveryHub();

describe("in-app banner", () => {
  it("lists open incidents for an audience's region, publicly and cross-origin", async () => {
    await t.hub.publish({ title: "EU database slow", regions: ["eu"] });
    const eu = await t.hub.app.request("/api/banner.json?region=eu");
    expect(eu.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await eu.json()) as { notices: { title: string; url: string }[] };
    expect(body.notices.map((n) => n.title)).toEqual(["EU database slow"]);
    expect(body.notices[0]!.url).toMatch(/^https:\/\/status\.example\.com\/incidents\/inc_/);
    expect(
      ((await (await t.hub.app.request("/api/banner.json?region=us")).json()) as { notices: unknown[] }).notices,
    ).toEqual([]);
  });

  it("serves a dependency-free script of a few kilobytes", async () => {
    const res = await t.hub.app.request("/banner.js");
    expect(res.headers.get("content-type")).toContain("javascript");
    const js = await res.text();
    expect(js.length).toBeLessThan(4096);
    expect(js).not.toMatch(/import |require\(/);
    expect(() => new Function(js)).not.toThrow();
  });
});
