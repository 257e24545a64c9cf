import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createZendeskClient } from "./client";
import { requestBudget, resilient } from "./resilient";
import { fakeZendesk } from "./testing/fake-zendesk";

const base = "https://acme.zendesk.com/api/v2";
const zd = fakeZendesk(base);
const server = setupServer(...zd.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => vi.useRealTimers());
afterAll(() => server.close());

const sleeps: number[] = [];
const client = createZendeskClient({
  subdomain: "acme",
  email: "liaison@acme.test",
  token: "zd-secret-token-123",
  retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, maxAttempts: 4 },
});
const gatewayPage = (status: number) => ({
  status,
  html: `<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1></body></html>`,
});

describe("request budget and retries", () => {
  it("lets a minute's allowance through, then waits for the bucket to refill", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const slept: number[] = [];
    const budget = requestBudget(60);
    const sleep = async (ms: number) => {
      slept.push(ms);
      vi.setSystemTime(Date.now() + ms);
    };
    for (let i = 0; i < 60; i++) await budget.take(sleep);
    expect(slept).toEqual([]);
    await budget.take(sleep);
    expect(slept).toEqual([1000]);
  });

  it("gives up after the last attempt and says whether a later retry may help", async () => {
    const budget = requestBudget(1e9);
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(Object.assign(new Error("boom"), { statusCode: 503 }));
    };
    const o = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, sleep: async () => {}, random: () => 0.5 };
    const error = await resilient("update ticket", budget, failing, o).catch((e) => e);
    expect(calls).toBe(3);
    expect(error).toMatchObject({ status: 503, retry: true, message: "Zendesk update ticket answered 503" });
    calls = 0;
    await resilient("update_many", budget, failing, o, false).catch(() => {});
    expect(calls).toBe(1);
  });

  it("retries 502 and 504 gateway pages, which node-zendesk hands back as if they were results", async () => {
    zd.add({ id: 7, subject: "a" });
    zd.script("tickets.show", gatewayPage(502), gatewayPage(504));
    sleeps.length = 0;
    expect(await client.getTicket("7")).toMatchObject({ id: 7 });
    expect(sleeps).toHaveLength(2);
    zd.script("tickets.show", gatewayPage(502), gatewayPage(502), gatewayPage(504), gatewayPage(502));
    const error = await client.getTicket("7").catch((e) => e);
    expect(error).toMatchObject({ name: "DeskCallError", status: 502, retry: true });
  });

  it("does not replay update_many after a 503 with Retry-After: the job may exist; the caller reconciles", async () => {
    zd.add({ id: 8, subject: "b" });
    zd.script("tickets.update_many", { status: 503, headers: { "Retry-After": "2" }, afterApplying: true });
    const before = zd.count("tickets.update_many");
    const error = await client
      .updateMany(["8"], { status: "solved", comment: { body: "Fixed.", public: true } })
      .catch((e) => e);
    expect(zd.count("tickets.update_many") - before).toBe(1);
    expect(error).toMatchObject({ name: "DeskCallError", status: 503, retry: true });
    expect(zd.tickets.get(8)!.comments).toHaveLength(1);
  });

  it("replays update_many after a 429, which Zendesk answers before doing anything, at the Retry-After date", async () => {
    zd.add({ id: 9, subject: "c" });
    const at = new Date(Date.now() + 5_000).toUTCString();
    zd.script("tickets.update_many", { status: 429, headers: { "Retry-After": at } });
    sleeps.length = 0;
    await client.updateMany(["9"], { status: "solved", comment: { body: "Fixed.", public: true } });
    expect(zd.tickets.get(9)!.comments).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(3_000);
  });
});
