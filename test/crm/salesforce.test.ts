import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sfAccounts, sfConcurrentLimitExceeded, sfContacts, sfGeneratedAccount } from "#connectors/salesforce/fixtures";
import { createSalesforceConnector } from "#connectors/salesforce/index";
import { defaultMappings } from "#core/crm/mapping";
import type { Account } from "#core/crm/model";
import type { AlertRequest } from "#core/ports/crm";
import { salesforceOrg, sfBase, sfToken } from "./support/salesforce-org";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sleeps: number[] = [];
const connector = (token = sfToken) =>
  createSalesforceConnector({
    instanceUrl: sfBase,
    accessToken: token,
    mapping: defaultMappings.salesforce,
    chatter: true,
    sleep: async (ms) => void sleeps.push(ms),
  });
const org = (accounts = sfAccounts) => {
  const o = salesforceOrg({ accounts, contacts: sfContacts });
  server.use(...o.handlers);
  return o;
};
const collect = async (c: ReturnType<typeof connector>, since: Date | null = null) => {
  const out: Account[] = [];
  await c.syncAccounts(since, async (p) => void out.push(...p.accounts));
  return out;
};
const alert = (i: number, what: string): AlertRequest => ({
  key: `inc_1:salesforce:${what}`,
  accountExternalId: what,
  ownerId: "0055g00000CSMANA",
  subject: `[P1] Payments failing (investigating) ${i}`,
  description: "Status page: https://status.example.com",
  dueAt: new Date("2026-11-20T10:30:00Z"),
});

describe("Salesforce connector (jsforce, msw at the network edge)", () => {
  it("maps Account, Owner (User) and Contact rows through the field mapping", async () => {
    org();
    const accounts = await collect(connector());
    const globex = accounts.find((a) => a.name === "Globex GmbH")!;
    expect(globex).toMatchObject({
      id: "salesforce:0015g00000GLOBEX",
      tier: "strategic",
      arr: 2_400_000,
      regions: ["EU"],
      products: ["payments", "billing"],
      owner: { id: "0055g00000CSMANA", name: "Ana Lopez" },
    });
    expect(globex.contacts.find((c) => c.primary)?.phone).toBe("+49 30 5550 1234");
    expect(accounts.find((a) => a.name === "Wayne Ltd")!.regions).toEqual([]);
  });

  it("follows nextRecordsUrl with autoFetch: 4,500 accounts take ceil(4500/2000) = 3 Account pages", async () => {
    const o = org(Array.from({ length: 4500 }, (_, i) => sfGeneratedAccount(i)));
    const accounts = await collect(connector());
    expect(accounts).toHaveLength(4500);
    expect(new Set(accounts.map((a) => a.id)).size).toBe(4500);
    expect(
      o.state.calls.filter((c) => c.path.includes("FROM%20Account") || c.path.includes("/query/01gAccountCursor"))
        .length,
    ).toBe(3);
  });

  it("asks only for rows changed since the last sync (SystemModstamp)", async () => {
    const o = org([...sfAccounts.slice(0, 2), { ...sfAccounts[2], SystemModstamp: "2026-11-20T09:00:00.000+0000" }]);
    const accounts = await collect(connector(), new Date("2026-11-19T00:00:00Z"));
    expect(accounts.map((a) => a.name)).toEqual(["Umbrella Inc"]);
    expect(decodeURIComponent(o.state.calls[0].path)).toContain("WHERE SystemModstamp >= 2026-11-19T00:00:00Z");
  });

  it("creates Tasks 200 per collection call, retries lock failures once and reports the rest", async () => {
    const o = org();
    const requests = Array.from({ length: 450 }, (_, i) => alert(i, `0015g${String(i).padStart(11, "0")}`));
    o.state.lockOnce.add(requests[3].accountExternalId);
    o.state.failWhat.set(requests[10].accountExternalId, "INACTIVE_OWNER_OR_USER");
    const outcomes = await connector().createAlerts(requests);
    const creates = o.state.calls.filter((c) => c.method === "POST" && c.path.endsWith("/composite/sobjects"));
    expect(creates.map((c) => c.body.records.length)).toEqual([200, 200, 50, 1]);
    expect(creates[0].body.allOrNone).toBe(false);
    expect(creates[0].body.records[0]).toMatchObject({
      attributes: { type: "Task" },
      Priority: "High",
      OwnerId: "0055g00000CSMANA",
      WhatId: requests[0].accountExternalId,
    });
    expect(outcomes.filter((x) => x.ok)).toHaveLength(449);
    expect(outcomes[3]).toMatchObject({ ok: true });
    expect(outcomes[10]).toMatchObject({
      ok: false,
      retry: false,
      error: expect.stringContaining("INACTIVE_OWNER_OR_USER"),
    });
    expect(o.state.feed).toHaveLength(449);
    expect(o.state.feed[0].body.messageSegments[0]).toEqual({ type: "Mention", id: "0055g00000CSMANA" });
  });

  it("backs off on the concurrent-request limit and reports the daily allocation", async () => {
    const o = org();
    o.state.limitBody = sfConcurrentLimitExceeded;
    o.state.limitExceeded = 2;
    sleeps.length = 0;
    const c = connector();
    expect(await collect(c)).toHaveLength(6);
    // Full jitter: up to 2 s, then up to 4 s.
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeLessThanOrEqual(2000);
    expect(sleeps[1]).toBeLessThanOrEqual(4000);
    expect(c.usage().daily).toEqual({ used: expect.any(Number), max: 15000 });
  });

  it("does not retry the org's daily allocation in seconds: one call, an error not worth retrying soon", async () => {
    const o = org();
    o.state.limitExceeded = 99;
    sleeps.length = 0;
    const err = await collect(connector()).catch((e: Error) => e);
    expect(err).toMatchObject({ name: "CrmError", code: "REQUEST_LIMIT_EXCEEDED", retry: false });
    expect(o.state.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("reports an alert failed, with Salesforce's reason, when its Chatter mention fails", async () => {
    const o = org();
    o.state.chatterFail.set(sfAccounts[1]!.Id, {
      errorCode: "INVALID_ID_FIELD",
      message: "Invalid user ID for mention: 0055g00000CSMANA",
    });
    const outcomes = await connector().createAlerts([alert(0, sfAccounts[0]!.Id), alert(1, sfAccounts[1]!.Id)]);
    expect(outcomes[0]).toMatchObject({ ok: true });
    expect(outcomes[1]).toMatchObject({
      ok: false,
      retry: false,
      ref: expect.any(String),
      error:
        "Task created, but the Chatter post failed: INVALID_ID_FIELD: Invalid user ID for mention: 0055g00000CSMANA",
    });
    expect(o.state.tasks.size).toBe(2);
    expect(o.state.feed).toHaveLength(1);
  });

  it("gives up after repeated concurrency limits with an error that names the code but never the token", async () => {
    const o = org();
    o.state.limitBody = sfConcurrentLimitExceeded;
    o.state.limitExceeded = 99;
    const err = await collect(connector()).catch((e: Error) => e);
    expect(err).toMatchObject({ name: "CrmError", code: "REQUEST_LIMIT_EXCEEDED", retry: true });
    const bad = await collect(connector("00D5g000004WRONG!token")).catch((e: Error) => e);
    expect(String((bad as Error).message)).toContain("INVALID_SESSION_ID");
    expect(String((bad as Error).message) + JSON.stringify(bad)).not.toContain("00D5g000004WRONG");
    expect(String((err as Error).message) + JSON.stringify(err)).not.toContain(sfToken);
  });
});
