import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  hsCompanies,
  hsCompanyContacts,
  hsContact,
  hsContacts,
  hsGeneratedCompany,
  hsTenSecondlyLimit,
} from "#connectors/hubspot/fixtures";
import { createHubSpotConnector } from "#connectors/hubspot/index";
import { defaultMappings } from "#core/crm/mapping";
import type { Account } from "#core/crm/model";
import {
  type HsBatch,
  type HsReadInput,
  type HsSearch,
  hsBase,
  hsToken,
  hubspotPortal,
} from "./support/hubspot-portal";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sleeps: number[] = [];
// The SDK's own retries wait for real (10 s on a TEN_SECONDLY 429), so most tests switch them off.
const connector = (token = hsToken, sdkRetries = 0) =>
  createHubSpotConnector({
    accessToken: token,
    basePath: hsBase,
    mapping: defaultMappings.hubspot,
    sleep: async (ms) => void sleeps.push(ms),
    sdkRetries,
    limiter: { maxConcurrent: 4 },
  });
const portal = (companies = hsCompanies) => {
  const p = hubspotPortal({ companies, contacts: hsContacts, links: hsCompanyContacts });
  server.use(...p.handlers);
  return p;
};
const collect = async (c: ReturnType<typeof connector>, since: Date | null = null) => {
  const out: Account[] = [];
  await c.syncAccounts(since, async (p) => void out.push(...p.accounts));
  return out;
};

describe("HubSpot connector (@hubspot/api-client, msw at the network edge)", () => {
  it("maps companies with owners and associated contacts through the field mapping", async () => {
    portal();
    const accounts = await collect(connector());
    expect(accounts.find((a) => a.name === "Soylent SAS")).toMatchObject({
      id: "hubspot:9002",
      tier: "enterprise",
      arr: 3_000_000,
      regions: ["EU"],
      products: ["payments"],
      owner: { id: "71000002", name: "Dev Patel", email: "dev.patel@acme-saas.example" },
      contacts: [{ name: "Hugo Bernard", phone: "+33 4 5550 2222", primary: true }],
    });
  });

  it("pages the list API and batch-reads associations 1,000 at a time", async () => {
    const p = portal(Array.from({ length: 2_250 }, (_, i) => hsGeneratedCompany(i)));
    const accounts = await collect(connector());
    expect(accounts).toHaveLength(2_250);
    const assocReads = p.state.calls
      .filter((c) => c.path.includes("/associations/companies/contacts/batch/read"))
      .map((c) => c.body as HsBatch<HsReadInput>);
    expect(assocReads.map((c) => c.inputs.length)).toEqual([1000, 1000, 250]);
    expect(p.state.calls.filter((c) => c.path.startsWith("/crm/v3/objects/companies?")).length).toBe(23);
  });

  it("follows association paging for a company with more contacts than one answer holds", async () => {
    const many = Array.from({ length: 1_200 }, (_, i) =>
      hsContact({ id: String(700_000 + i), first: "Sam", last: `Roe${i}`, phone: null, title: "Engineer" }),
    );
    const p = hubspotPortal({
      companies: hsCompanies,
      contacts: [...hsContacts, ...many],
      links: { ...hsCompanyContacts, "9003": many.map((c) => c.id) },
    });
    server.use(...p.handlers);
    const accounts = await collect(connector());
    expect(accounts.find((a) => a.id === "hubspot:9003")!.contacts).toHaveLength(1_200);
    const assocReads = p.state.calls
      .filter((c) => c.path.includes("/associations/companies/contacts/batch/read"))
      .map((c) => c.body as HsBatch<HsReadInput>);
    expect(assocReads.map((c) => c.inputs)).toEqual([
      hsCompanies.map((c) => ({ id: c.id })),
      [{ id: "9003", after: "500" }],
      [{ id: "9003", after: "1000" }],
    ]);
  });

  it("delta sync searches by hs_lastmodifieddate and restarts from the last date past 10,000 results", async () => {
    const base = Date.parse("2026-11-19T00:00:00Z");
    const companies = Array.from({ length: 10_250 }, (_, i) =>
      hsGeneratedCompany(i, new Date(base + Math.floor(i / 3) * 1000).toISOString()),
    );
    const p = portal(companies);
    const accounts = await collect(connector(), new Date(base));
    expect(accounts).toHaveLength(10_250);
    expect(new Set(accounts.map((a) => a.id)).size).toBe(10_250);
    const searches = p.state.calls.filter((c) => c.path.endsWith("/companies/search")).map((c) => c.body as HsSearch);
    expect(searches[0].filterGroups[0].filters[0]).toEqual({
      propertyName: "hs_lastmodifieddate",
      operator: "GTE",
      value: String(base),
    });
    expect(searches.some((s) => s.after === undefined && Number(s.filterGroups[0].filters[0].value) > base)).toBe(true);
    expect(searches.every((s) => Number(s.after ?? 0) + 100 <= 10_000)).toBe(true);
  });

  it("waits out a 429 TEN_SECONDLY_ROLLING answer and carries on", async () => {
    const p = portal();
    p.state.tooMany = 2;
    sleeps.length = 0;
    const c = connector();
    expect(await collect(c)).toHaveLength(4);
    // Full jitter: anywhere up to 1 s, then up to 2 s.
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeLessThanOrEqual(1000);
    expect(sleeps[1]).toBeLessThanOrEqual(2000);
    expect(c.usage().apiCalls).toBe(p.state.calls.length);
    expect(c.usage().daily).toEqual({ used: p.state.calls.length, max: 250000 });
  });

  it("does not retry a DAILY limit: the run fails with an error not worth retrying soon", async () => {
    const p = portal();
    let hits = 0;
    server.use(
      http.get(`${hsBase}/crm/v3/owners/`, () => {
        hits++;
        return HttpResponse.json(
          { ...hsTenSecondlyLimit, message: "You have reached your daily limit.", policyName: "DAILY" },
          { status: 429 },
        );
      }),
    );
    const err = (await collect(connector(hsToken, 3)).catch((e) => e)) as Error & { retry: boolean };
    expect(err).toMatchObject({ name: "CrmError", retry: false, code: "DAILY_LIMIT" });
    expect(err.message).toContain("429");
    expect(hits).toBe(1);
    expect(p.state.calls).toHaveLength(0);
  });

  it("creates CALL tasks for the owner plus a timeline note, updates and completes them", async () => {
    const p = portal();
    const c = connector();
    const req = (id: string) => ({
      key: `inc_1:hubspot:${id}`,
      accountExternalId: id,
      ownerId: "71000001",
      subject: "[P1] Payments failing (investigating)",
      description: "Talking points",
      dueAt: new Date("2026-11-20T10:30:00Z"),
    });
    const created = await c.createAlerts([req("9001"), req("9002")]);
    expect(created.every((o) => o.ok)).toBe(true);
    const refs = created.map((o) => (o.ok ? o.ref : ""));
    expect(p.state.tasks.get(refs[1])).toMatchObject({
      properties: { hs_task_type: "CALL", hubspot_owner_id: "71000001", hs_task_priority: "HIGH" },
      associations: [{ to: { id: "9002" } }],
      objectWriteTraceId: "inc_1:hubspot:9002",
    });
    // What a CSM reads is the talking points, with nothing of Liaison's bookkeeping in it.
    expect([...p.state.tasks.values()].map((t) => t.properties.hs_task_body)).toEqual([
      "Talking points",
      "Talking points",
    ]);
    expect(p.state.notes).toHaveLength(2);
    await c.completeAlerts(created.map((o) => ({ key: o.key, ref: o.ok ? o.ref : "" })));
    expect([...p.state.tasks.values()].map((t) => t.properties.hs_task_status)).toEqual(["COMPLETED", "COMPLETED"]);
  });

  it("never puts the access token in an error", async () => {
    portal();
    const err = (await collect(connector("pat-eu1-WRONG-TOKEN-0000")).catch((e) => e)) as Error;
    expect(err.name).toBe("CrmError");
    expect(err.message).toContain("401");
    expect(err.message + JSON.stringify(err)).not.toContain("pat-eu1-WRONG-TOKEN-0000");
  });

  it("waits out a 429 that answers with an HTML page, honouring Retry-After", async () => {
    const p = portal();
    let hits = 0;
    server.use(
      http.get(`${hsBase}/crm/v3/owners/`, () =>
        ++hits === 1
          ? new HttpResponse("<html><body><h1>429 Too Many Requests</h1></body></html>", {
              status: 429,
              headers: { "content-type": "text/html", "retry-after": "3" },
            })
          : HttpResponse.json({ results: [] }),
      ),
    );
    sleeps.length = 0;
    expect(await collect(connector())).toHaveLength(4);
    expect(hits).toBe(2);
    expect(sleeps).toEqual([3000]);
    expect(p.state.calls.length).toBeGreaterThan(0);
  });

  it("has the SDK retry a 5xx (its retries configured) and reports a lasting one as retryable", async () => {
    portal();
    let hits = 0;
    server.use(
      http.get(`${hsBase}/crm/v3/owners/`, () =>
        ++hits < 3
          ? new HttpResponse("<html>502 Bad Gateway</html>", { status: 502, headers: { "content-type": "text/html" } })
          : HttpResponse.json({ results: [] }),
      ),
    );
    expect(await collect(connector(hsToken, 3))).toHaveLength(4);
    expect(hits).toBe(3);
    server.use(http.get(`${hsBase}/crm/v3/owners/`, () => HttpResponse.json({ status: "error" }, { status: 503 })));
    const err = await collect(connector(hsToken, 2)).catch((e) => e);
    expect(err).toMatchObject({ name: "CrmError", retry: true, code: "503" });
  });
});
