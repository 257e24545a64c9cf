import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";
import { assertWellFormedXml } from "./xml";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const text = async (path: string) => (await hub.call("GET", path, undefined, { authorization: "" })).text;
const json = async <P extends string>(path: P) => (await hub.call("GET", path, undefined, { authorization: "" })).json;
/** The part of the status page after a section heading, up to the next section. */
const section = (html: string, heading: string) => {
  const at = html.indexOf(`>${heading}</h2>`);
  if (at < 0) return "";
  const end = html.indexOf("<section", at);
  return html.slice(at, end < 0 ? undefined : end);
};

describe("an incident from declaration to resolution, on every public surface", () => {
  it("is active everywhere while open, then moves to the past and leaves the unresolved lists", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({
      title: "Checkout failing",
      severity: "P1",
      message: "Payments are failing for some customers.",
      components: [{ id: api, status: "major_outage" }],
    });

    const open = await text("/");
    expect(section(open, "Active incidents")).toContain("Checkout failing");
    expect(section(open, "Active incidents")).toContain("Payments are failing for some customers.");
    expect((await json("/api/v2/summary.json")).incidents.map((i) => i.id)).toEqual([inc.id]);
    expect((await json("/api/v2/incidents/unresolved.json")).incidents.map((i) => i.id)).toEqual([inc.id]);
    expect((await json("/api/v2/status.json")).status.indicator).toBe("critical");
    const atom = await text("/history.atom");
    assertWellFormedXml(atom);
    expect(atom).toContain(`<id>https://status.example.com/incidents/${inc.id}</id>`);
    expect(atom).toContain("<title>Checkout failing</title>");

    hub.clock.advance(45 * 60_000);
    const res = await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "resolved",
      message: "Payments work again.",
    });
    expect(res.status).toBe(201);

    const after = await text("/");
    expect(section(after, "Active incidents")).toBe("");
    expect(section(after, "Past incidents")).toContain("Checkout failing");
    expect(section(after, "Past incidents")).toContain("Payments work again.");
    expect(after).toContain('<p class="banner none" role="status">All Systems Operational</p>');
    expect((await json("/api/v2/summary.json")).incidents).toEqual([]);
    expect((await json("/api/v2/incidents/unresolved.json")).incidents).toEqual([]);
    expect((await json("/api/v2/status.json")).status).toEqual({
      indicator: "none",
      description: "All Systems Operational",
    });
    expect((await json("/api/v2/components.json")).components[0].status).toBe("operational");
    expect((await json("/api/v2/incidents.json")).incidents[0]).toMatchObject({
      id: inc.id,
      status: "resolved",
      resolved_at: "2026-11-20T10:45:00.000Z",
    });
    expect(await text("/history.atom")).toContain("Payments work again.");
  });
});

describe("cascading incidents", () => {
  it("shows one thread: the sub-issue is not listed separately and its components count on the parent", async () => {
    const api = await hub.component("API");
    const pay = await hub.component("Payments");
    const parent = await hub.declare({
      title: "Checkout down",
      severity: "P2",
      components: [{ id: api, status: "partial_outage" }],
    });
    hub.clock.advance(5 * 60_000);
    const child = await hub.declare({
      title: "Card processor",
      severity: "P1",
      parent_id: parent.id,
      message: "Card payments fail.",
      components: [{ id: pay, status: "major_outage" }],
    });
    hub.clock.advance(10 * 60_000);

    for (const path of [
      "/api/v2/summary.json",
      "/api/v2/incidents.json",
      "/api/v2/incidents/unresolved.json",
    ] as const) {
      const incidents = (await json(path)).incidents;
      expect(
        incidents.map((i) => i.id),
        path,
      ).toEqual([parent.id]);
      expect(incidents[0].components.map((c) => c.id).sort(), path).toEqual([api, pay].sort());
      expect(
        incidents[0].incident_updates.map((u) => u.body),
        path,
      ).toContain("Card processor: Card payments fail.");
    }
    const components = (await json("/api/v2/components.json")).components;
    expect(components.find((c) => c.id === pay)?.status).toBe("major_outage");
    expect((await json("/api/v2/status.json")).status.indicator).toBe("critical");

    for (const path of ["/history.atom", "/history.rss"]) {
      const feed = await text(path);
      expect(feed, path).toContain(`/incidents/${parent.id}`);
      expect(feed, path).not.toContain(child.id);
      expect(feed, path).toContain("Card processor: Card payments fail.");
    }

    const html = await text("/");
    expect(html).not.toContain(`/incidents/${child.id}`);
    expect(section(html, "Active incidents").match(/<article/g)).toHaveLength(1);
    // The Payments uptime bar names the parent: the sub-issue's component counts toward it.
    const payRow = html.slice(html.indexOf("<span>Payments</span>"));
    expect(payRow.slice(0, payRow.indexOf("</li>"))).toContain("Checkout down");

    const page = await text(`/incidents/${parent.id}`);
    expect(section(page, "Affected components")).toContain("API: Partial outage");
    expect(section(page, "Affected components")).toContain("Payments: Major outage");
    expect(section(page, "Related issues")).toContain("Card processor: Investigating");
    const sub = await hub.app.request(`/incidents/${child.id}`);
    expect(sub.status).toBe(302);
    expect(sub.headers.get("location")).toBe(`/incidents/${parent.id}`);
  });
});
