import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "#test/support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

describe("a drill is never public", () => {
  it("stays off the status page, /api/v2, feeds, the banner, the incident list and the period KPIs", async () => {
    const api = await hub.component("API");
    const drill = (
      await hub.call("POST", "/api/v1/drills", {
        title: "Drill: API down everywhere",
        severity: "P1",
        components: [{ id: api, status: "major_outage" }],
        message: "Rehearsal: we are investigating API errors.",
      })
    ).json;
    const get = async (path: string) => (await hub.app.request(path)).text();
    for (const path of [
      "/",
      "/api/v2/summary.json",
      "/api/v2/status.json",
      "/api/v2/components.json",
      "/api/v2/incidents.json",
      "/api/v2/incidents/unresolved.json",
      "/history.atom",
      "/history.rss",
      "/api/banner.json",
    ]) {
      const body = await get(path);
      expect(body, path).not.toContain(drill.id);
      expect(body, path).not.toContain("Drill: API down");
    }
    expect((await hub.app.request(`/incidents/${drill.id}`)).status).toBe(404);
    expect(JSON.parse(await get("/api/v2/status.json")).status.indicator).toBe("none");
    expect(JSON.parse(await get("/api/v2/components.json")).components[0].status).toBe("operational");
    expect(await get("/")).toContain("All Systems Operational");
    expect((await hub.call("GET", "/api/v1/incidents")).json.incidents ?? []).toEqual([]);
    const kpis = await hub.call("GET", "/api/v1/kpis");
    expect(kpis.json.incidents).toEqual([]);
    expect(kpis.json.period.incidents).toBe(0);
    // The responders' own view of it still works.
    expect((await hub.call("GET", `/api/v1/incidents/${drill.id}`)).json.drill).toBe(true);
  });
});
