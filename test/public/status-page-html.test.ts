import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const html = async (path: string) => (await hub.call("GET", path, undefined, { authorization: "" })).text;
/** The list item of one component row. */
const row = (page: string, name: string) => {
  const from = page.indexOf(`<span>${name}</span>`);
  return page.slice(from, page.indexOf("</li>", from));
};
const days = (page: string) => page.slice(page.indexOf(">Past incidents</h2>")).split('<div class="day">').slice(1);

describe("uptime bars", () => {
  it("labels each day with its date, uptime and the incidents that touched it", async () => {
    // Both exist for longer than the bars reach back, so every day of the 90 has data.
    hub.clock.set(new Date("2026-08-01T10:00:00Z"));
    const api = await hub.component("API");
    await hub.component("Website");
    hub.clock.set(new Date("2026-11-19T10:00:00Z"));
    const inc = await hub.declare({ title: "API outage", components: [{ id: api, status: "major_outage" }] });
    hub.clock.set(new Date("2026-11-19T11:00:00Z"));
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Back." });
    hub.clock.set(new Date("2026-11-20T10:00:00Z"));

    const apiRow = row(await html("/"), "API");
    expect(apiRow.match(/title="/g)).toHaveLength(90);
    // One hour of a full outage on the 19th: 23/24 of the day up.
    expect(apiRow).toContain(
      '<span class="major_outage" title="2026-11-19: 95.83% uptime · API outage" aria-hidden="true">',
    );
    expect(apiRow).toContain('title="2026-11-20: 100.00% uptime"');
    expect(apiRow).toContain('aria-label="99.95% uptime over the last 90 days"');
    expect(apiRow).toContain(
      '<p class="sr-only">Days with incidents or maintenance: 2026-11-19, 95.83% uptime, API outage.</p>',
    );
    const webRow = row(await html("/"), "Website");
    expect(webRow).toContain('aria-label="100.00% uptime over the last 90 days"');
    expect(webRow).not.toContain("API outage");
  });

  it("marks days with maintenance", async () => {
    const db = await hub.component("Database");
    const m = await hub.call("POST", "/api/v1/maintenances", {
      title: "DB upgrade",
      message: "Planned.",
      components: [db],
      scheduled_for: "2026-11-20T09:00:00Z",
      scheduled_until: "2026-11-20T11:00:00Z",
    });
    await hub.call("PATCH", `/api/v1/maintenances/${m.json.id}`, { status: "in_progress" });
    const dbRow = row(await html("/"), "Database");
    expect(dbRow).toContain('<span class="maint" title="2026-11-20: 100.00% uptime · maintenance"');
    expect(dbRow).toContain('<span class="status under_maintenance">Under maintenance</span>');
  });
});

describe("status page sections", () => {
  it("lists past incidents under their day for 14 days, with a note on quiet days", async () => {
    hub.clock.set(new Date("2026-11-17T08:00:00Z"));
    const inc = await hub.declare({ title: "Search slow" });
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "resolved",
      message: "Search is fast again.",
    });
    hub.clock.set(new Date("2026-11-20T10:00:00Z"));
    const list = days(await html("/"));
    expect(list).toHaveLength(14);
    expect(list[0]).toContain("Fri, 20 November 2026");
    expect(list[0]).toContain("No incidents reported.");
    const day = list.find((d) => d.includes("Tue, 17 November 2026"))!;
    expect(day).toContain('<a href="/incidents/');
    expect(day).toContain("Search slow");
    expect(day).toContain("Search is fast again.");
    expect(day).not.toContain("No incidents reported.");
    expect(list.filter((d) => d.includes("No incidents reported."))).toHaveLength(13);
  });

  it("groups days and shows times in the page's time zone, with the zone named", async () => {
    hub.services.page.timeZone = "Europe/Paris";
    hub.clock.set(new Date("2026-11-19T23:30:00Z"));
    await hub.declare({ title: "Late night errors" });
    const page = await html("/");
    expect(page).toContain("20 Nov 2026, 00:30 CET");
    expect(page).toContain("Times are shown in Europe/Paris.");
    expect(days(page)[0]).toContain("Fri, 20 November 2026");
    expect(days(page)[0]).toContain("Late night errors");
  });

  it("shows upcoming maintenance with its window and affected components", async () => {
    const db = await hub.component("Database");
    const m = await hub.call("POST", "/api/v1/maintenances", {
      title: "DB upgrade",
      message: "Short read-only period.",
      components: [db],
      scheduled_for: "2026-11-21T02:00:00Z",
      scheduled_until: "2026-11-21T03:00:00Z",
    });
    const page = await html("/");
    const maint = page.slice(page.indexOf(">Maintenance</h2>"), page.indexOf(">Components</h2>"));
    expect(maint).toContain(`<a href="/maintenance/${m.json.id}">DB upgrade</a>`);
    expect(maint).toContain("Scheduled");
    expect(maint).toContain("21 Nov 2026, 02:00 UTC");
    expect(maint).toContain("21 Nov 2026, 03:00 UTC");
    expect(maint).toContain("Affects Database");
    expect(maint).toContain("Short read-only period.");
    const detail = await html(`/maintenance/${m.json.id}`);
    expect(detail).toContain("<h1");
    expect(detail).toContain("DB upgrade");
  });

  it("has a language, landmarks, one h1, a working skip link and feed links", async () => {
    const page = await html("/");
    expect(page).toMatch(/^<!doctype html><html lang="en">/);
    expect(page).toContain('<a class="skip" href="#main">');
    expect(page).toContain('<main id="main">');
    expect(page).toMatch(/<header[ >]/);
    expect(page).toContain("<footer>");
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(page).toContain('href="/history.atom"');
    expect(page).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|<img/);
  });

  it("states each component's status in words, not colour alone", async () => {
    const api = await hub.component("API");
    await hub.declare({ components: [{ id: api, status: "degraded_performance" }] });
    expect(row(await html("/"), "API")).toContain(
      '<span class="status degraded_performance">Degraded performance</span>',
    );
  });
});

describe("incident page", () => {
  it("titles the page with the incident and lists updates, affected components and their status", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({ title: "Checkout errors", components: [{ id: api, status: "partial_outage" }] });
    hub.clock.advance(20 * 60_000);
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "monitoring",
      message: "A fix is out; we are watching.",
    });
    const page = await html(`/incidents/${inc.id}`);
    expect(page).toContain(`<h1 id="t-${inc.id}">Checkout errors</h1>`);
    expect(page).toContain("<title>Checkout errors · Acme status</title>");
    expect(page.indexOf("A fix is out; we are watching.")).toBeLessThan(
      page.indexOf("We are investigating failed checkouts."),
    );
    expect(page).toContain("20 Nov 2026, 10:20 UTC");
    expect(page).toContain("API: Partial outage");
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    expect(await html(`/incidents/${inc.id}`)).toContain("API: Operational");
  });

  it("answers an unknown id with an HTML 404 page", async () => {
    const res = await hub.app.request("/incidents/inc_does_not_exist");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^text\/html; charset=utf-8$/i);
    const body = await res.text();
    expect(body).toContain("<h1>Not found</h1>");
    expect(body).toContain('<html lang="en">');
    expect((await hub.app.request("/maintenance/mnt_nope")).status).toBe(404);
  });
});
