import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";
import { assertWellFormedXml } from "./xml";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const get = (path: string) => hub.call("GET", path, undefined, { authorization: "" });

describe("status page HTML", () => {
  it("shows the overall status, components with uptime, and an active incident's timeline", async () => {
    const api = await hub.component("API", "Platform");
    const inc = await hub.declare({
      title: "Checkout failing",
      severity: "P1",
      message: "Some customers cannot pay.",
      components: [{ id: api, status: "major_outage" }],
    });
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.text).toMatch(/^<!doctype html><html lang="en">/);
    expect(res.text).toContain('<p class="banner critical" role="status">Major Service Outage</p>');
    expect(res.text).toContain("Active incidents");
    expect(res.text).toContain(`<a href="/incidents/${inc.id}">Checkout failing</a>`);
    expect(res.text).toContain("Some customers cannot pay.");
    expect(res.text).toContain('<span class="status major_outage">Major outage</span>');
    // The component was made today: one day of data, the 89 before it shown as none.
    expect(res.text).toMatch(/aria-label="\d+\.\d\d% uptime over the last day"/);
    expect((res.text.match(/<span class="[^"]*" title="/g) ?? []).length).toBe(90);
    expect(res.text).toContain('href="#main"');
  });

  it("moves a resolved incident to past incidents and returns the banner to operational", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({ title: "Login slow", components: [{ id: api, status: "degraded_performance" }] });
    hub.clock.advance(30 * 60_000);
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "resolved",
      message: "Logins are fast again.",
    });
    const res = await get("/");
    expect(res.text).toContain('<p class="banner none" role="status">All Systems Operational</p>');
    expect(res.text).not.toContain("Active incidents");
    const past = res.text.slice(res.text.indexOf("Past incidents"));
    expect(past).toContain("Login slow");
    expect(past).toContain("Logins are fast again.");
    expect(past).toContain("No incidents reported.");
  });

  it("renders an incident page, redirects a sub-issue to its parent, and 404s as HTML", async () => {
    const parent = await hub.declare({ title: "Payments down" });
    const child = await hub.declare({ title: "Card processor errors", parent_id: parent.id });
    const page = await get(`/incidents/${parent.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Payments down");
    expect(page.text).toContain("Card processor errors: Investigating");
    const sub = await hub.app.request(`/incidents/${child.id}`);
    expect(sub.status).toBe(302);
    expect(sub.headers.get("location")).toBe(`/incidents/${parent.id}`);
    const missing = await get("/incidents/inc_nope");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("text/html");
  });

  it("escapes what people type", async () => {
    await hub.declare({ title: "<script>alert(1)</script>", message: "a < b & c" });
    const res = await get("/");
    expect(res.text).not.toContain("<script>alert(1)</script>");
    expect(res.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows times in the page's time zone, labelled", async () => {
    await hub.declare({});
    expect((await get("/")).text).toContain("20 Nov 2026, 10:00 UTC");
  });
});

describe("history feeds", () => {
  it("publishes incidents as well-formed Atom and RSS, newest first", async () => {
    const a = await hub.declare({ title: `Tom & Jerry's <"outage">`, message: "Body with <b>tags</b> & ampersands." });
    hub.clock.advance(60_000);
    const b = await hub.declare({ title: "Second" });
    const atom = await get("/history.atom");
    expect(atom.headers.get("content-type")).toContain("application/atom+xml");
    assertWellFormedXml(atom.text);
    expect(atom.text).toContain("<title>Tom &amp; Jerry&apos;s &lt;&quot;outage&quot;&gt;</title>");
    expect(atom.text.indexOf(b.id)).toBeLessThan(atom.text.indexOf(a.id));
    const rss = await get("/history.rss");
    expect(rss.headers.get("content-type")).toContain("application/rss+xml");
    assertWellFormedXml(rss.text);
    expect(rss.text).toContain(`<link>https://status.example.com/incidents/${a.id}</link>`);
  });

  it("rejects malformed XML in its own checker", () => {
    expect(() => assertWellFormedXml("<a><b></a>")).toThrow();
    expect(() => assertWellFormedXml("<a>Tom & Jerry</a>")).toThrow();
  });
});
