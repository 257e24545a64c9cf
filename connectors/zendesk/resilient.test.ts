import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestBudget, resilient } from "./resilient";

afterEach(() => vi.useRealTimers());

describe("request budget and retries", () => {
  it("lets a minute's allowance through, then waits for the bucket to refill", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const slept: number[] = [];
    const budget = new RequestBudget(60, async (ms) => {
      slept.push(ms);
      vi.setSystemTime(Date.now() + ms);
    });
    for (let i = 0; i < 60; i++) await budget.take();
    expect(slept).toEqual([]);
    await budget.take();
    expect(slept).toEqual([1000]);
  });

  it("gives up after the last attempt and says whether a later retry may help", async () => {
    const budget = new RequestBudget(1e9, async () => {});
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(Object.assign(new Error("boom"), { statusCode: 503 }));
    };
    const error = await resilient("update ticket", budget, failing, {
      maxAttempts: 3,
      baseDelayMs: 10,
      maxDelayMs: 100,
      sleep: async () => {},
      random: () => 0.5,
    }).catch((e) => e);
    expect(calls).toBe(3);
    expect(error).toMatchObject({ status: 503, retry: true, message: "Zendesk update ticket answered 503" });
    calls = 0;
    await resilient(
      "update_many",
      budget,
      failing,
      { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, sleep: async () => {}, random: () => 0.5 },
      false,
    ).catch(() => {});
    expect(calls).toBe(1);
  });
});
