import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHubSpotConnector } from "../../connectors/hubspot";
import {
  hsCompanies,
  hsCompanyContacts,
  hsContacts,
  hsGeneratedCompany,
  hsTenSecondlyLimit,
} from "../../connectors/hubspot/fixtures";
import { defaultMappings } from "../../core/crm/mapping";
import type { Account } from "../../core/crm/model";
import { hsBase, hsToken, hubspotPortal } from "./support/hubspot-portal";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sleeps: number[] = [];
const connector = (token = hsToken) =>
  createHubSpotConnector({
    accessToken: token,
    basePath: hsBase,
    mapping: defaultMappings.hubspot,
    sleep: async (ms) => void sleeps.push(ms),
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

  it("pages the list API and batch-reads associations 100 at a time", async () => {
    const p = portal(Array.from({ length: 250 }, (_, i) => hsGeneratedCompany(i)));
    const accounts = await collect(connector());
    expect(accounts).toHaveLength(250);
    const assocReads = p.state.calls.filter((c) => c.path.includes("/associations/companies/contacts/batch/read"));
    expect(assocReads.map((c) => c.body.inputs.length)).toEqual([100, 100, 50]);
    expect(p.state.calls.filter((c) => c.path.startsWith("/crm/v3/objects/companies?")).length).toBe(3);
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
    const searches = p.state.calls.filter((c) => c.path.endsWith("/companies/search"));
    expect(searches[0].body.filterGroups[0].filters[0]).toEqual({
      propertyName: "hs_lastmodifieddate",
      operator: "GTE",
      value: String(base),
    });
    expect(
      searches.some((s) => s.body.after === undefined && Number(s.body.filterGroups[0].filters[0].value) > base),
    ).toBe(true);
    expect(searches.every((s) => Number(s.body.after ?? 0) + 100 <= 10_000)).toBe(true);
  });

  it("waits out a 429 TEN_SECONDLY_ROLLING answer and carries on", async () => {
    const p = portal();
    p.state.tooMany = 2;
    sleeps.length = 0;
    const c = connector();
    expect(await collect(c)).toHaveLength(4);
    expect(sleeps.filter((ms) => ms >= 1000)).toEqual([1000, 2000]);
    expect(c.usage().apiCalls).toBe(p.state.calls.length);
    expect(c.usage().daily).toEqual({ used: p.state.calls.length, max: 250000 });
  });

  it("does not retry a DAILY limit: the run fails with a retryable error", async () => {
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
    const err = (await collect(connector()).catch((e) => e)) as Error & { retry: boolean };
    expect(err).toMatchObject({ name: "CrmError", retry: true });
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
    });
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
});
