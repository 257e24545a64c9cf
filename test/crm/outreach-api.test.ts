import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createCrmHub, server } from "./support/crm-hub";
import { type HsSearch, hsToken } from "./support/hubspot-portal";
import { sfToken } from "./support/salesforce-org";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

async function p1OnEuPayments() {
  const hub = await createCrmHub();
  await hub.call("POST", "/api/v1/crm/sync", { full: true });
  const payments = await hub.component("Payments");
  const incident = await hub.declare({
    severity: "P1",
    regions: ["EU"],
    components: [{ id: payments, status: "major_outage" }],
  });
  return { hub, incident, path: `/api/v1/incidents/${incident.id}/outreach` as const };
}

describe("outreach API: happy path", () => {
  it("records call states with who, when and a note, counts progress, and exports CSV", async () => {
    const { hub, path } = await p1OnEuPayments();
    const res = await hub.call("PATCH", `${path}/salesforce:0015g00000GLOBEX`, {
      state: "reached",
      note: "Told the CFO; next update 10:30",
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      state: "reached",
      state_by: "bootstrap admin",
      state_at: "2026-11-20T10:00:00.000Z",
      note: "Told the CFO; next update 10:30",
    });
    const list = await hub.call("GET", path);
    expect(list.json.progress).toMatchObject({ total: 4, open: 3, byState: { reached: 1, pending: 3 } });
    const csv = await hub.call("GET", `${path}.csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.text.split("\r\n")[1]).toMatch(
      /^1,Globex GmbH,salesforce,strategic,2400000,Ana Lopez,.*,Greta Weber,\+49 30 5550 1234,reached,bootstrap admin,2026-11-20T10:00:00.000Z,Told the CFO; next update 10:30,true$/,
    );
  });

  it("follows a scope change and keeps the states already recorded", async () => {
    const { hub, incident, path } = await p1OnEuPayments();
    await hub.call("PATCH", `${path}/hubspot:9001`, { state: "voicemail" });
    const edited = await hub.call("PATCH", `/api/v1/incidents/${incident.id}`, { regions: ["EU", "US"] });
    expect(edited.status).toBe(200);
    const list = await hub.call("GET", path);
    expect(list.json.entries.map((e) => [e.account, e.state])).toEqual([
      ["Umbrella Inc", "pending"],
      ["Globex GmbH", "pending"],
      ["Hooli Europe", "voicemail"],
      ["Soylent SAS", "pending"],
      ["Initech SE", "pending"],
      ["Vandelay Industries", "pending"],
    ]);
  });

  it("shows sync progress and the last status per CRM", async () => {
    const { hub } = await p1OnEuPayments();
    const status = await hub.call("GET", "/api/v1/crm/sync");
    expect(status.json.connectors).toEqual(["hubspot", "salesforce"]);
    expect(status.json.last.map((r) => [r.source, r.status, r.kind, r.accounts_seen, r.api_calls > 0])).toEqual([
      ["hubspot", "succeeded", "full", 4, true],
      ["salesforce", "succeeded", "full", 6, true],
    ]);
    expect(status.json.last[1].daily_api).toEqual({ used: expect.any(Number), max: 15000 });
  });

  it("runs a delta sync on the scheduler once the interval has passed", async () => {
    const { hub } = await p1OnEuPayments();
    hub.clock.set(new Date("2026-11-20T10:20:00Z"));
    await hub.tick();
    const status = await hub.call("GET", "/api/v1/crm/sync");
    expect(status.json.last.map((r) => [r.kind, r.status])).toEqual([
      ["delta", "succeeded"],
      ["delta", "succeeded"],
    ]);
    const search = hub.hs.state.calls.find((c) => c.path.endsWith("/companies/search"));
    expect((search?.body as HsSearch | undefined)?.filterGroups[0].filters[0].value).toBe(
      String(Date.parse("2026-11-20T10:00:00Z")),
    );
  });
});

describe("outreach API: errors", () => {
  it("rejects an unknown call state, an account not on the list and an unknown incident", async () => {
    const { hub, path } = await p1OnEuPayments();
    expect((await hub.call("PATCH", `${path}/salesforce:0015g00000GLOBEX`, { state: "maybe" })).status).toBe(400);
    const notListed = await hub.call("PATCH", `${path}/salesforce:0015g00000STARKB`, { state: "called" });
    expect(notListed.status).toBe(404);
    expect(notListed.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await hub.call("GET", "/api/v1/incidents/inc_missing/outreach")).status).toBe(404);
  });

  it("records a failed sync with its error, never the credentials, in the API or the logs", async () => {
    const { hub } = await p1OnEuPayments();
    const logs: string[] = [];
    for (const m of ["log", "error", "warn"] as const)
      vi.spyOn(console, m).mockImplementation((...a) => void logs.push(a.join(" ")));
    hub.sf.state.limitExceeded = 99;
    const res = await hub.call("POST", "/api/v1/crm/sync", { source: "salesforce" });
    expect(res.json.runs[0]).toMatchObject({
      status: "failed",
      error: expect.stringContaining("REQUEST_LIMIT_EXCEEDED"),
    });
    const status = await hub.call("GET", "/api/v1/crm/sync");
    const everything = res.text + status.text + logs.join("\n");
    for (const secret of [sfToken, hsToken]) expect(everything).not.toContain(secret);
  });
});

describe("outreach API: security", () => {
  it("keeps the list (names, phone numbers) from viewers and anonymous callers", async () => {
    const { hub, path } = await p1OnEuPayments();
    const viewer = (await hub.call("POST", "/api/v1/tokens", { name: "viewer bot", role: "viewer" })).json.token;
    expect((await hub.call("GET", path, undefined, { authorization: `Bearer ${viewer}` })).status).toBe(403);
    expect((await hub.call("GET", `${path}.csv`, undefined, { authorization: "" })).status).toBe(401);
    expect((await hub.call("POST", "/api/v1/crm/sync", {}, { authorization: `Bearer ${viewer}` })).status).toBe(403);
    const agent = (await hub.call("POST", "/api/v1/tokens", { name: "CSM desk", role: "agent" })).json.token;
    const patched = await hub.call(
      "PATCH",
      `${path}/hubspot:9002`,
      { state: "called" },
      { authorization: `Bearer ${agent}` },
    );
    expect(patched.json).toMatchObject({ state: "called", state_by: "CSM desk" });
  });
});
