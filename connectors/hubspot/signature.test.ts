import { describe, expect, it } from "vitest";
import { signHubSpotV3, verifyHubSpotV3 } from "./signature";

const now = new Date("2026-11-20T10:00:00Z");
const base = {
  secret: "app-secret-123",
  method: "POST",
  uri: "https://hub.example.com/hooks/hubspot?x=1",
  rawBody: '[{"eventId":1,"subscriptionType":"company.propertyChange"}]',
};

describe("HubSpot webhook v3 signature", () => {
  it("accepts a fresh delivery signed with the app secret", async () => {
    const timestamp = String(now.getTime() - 60_000);
    const signature = await signHubSpotV3(base.secret, base.method, base.uri, base.rawBody, timestamp);
    expect(await verifyHubSpotV3({ ...base, signature, timestamp, now })).toEqual({ ok: true });
  });

  it("rejects a changed body, another secret, a stale timestamp and missing headers", async () => {
    const timestamp = String(now.getTime());
    const signature = await signHubSpotV3(base.secret, base.method, base.uri, base.rawBody, timestamp);
    expect(await verifyHubSpotV3({ ...base, rawBody: `${base.rawBody} `, signature, timestamp, now })).toEqual({
      ok: false,
      reason: "forged",
    });
    expect(await verifyHubSpotV3({ ...base, secret: "other", signature, timestamp, now })).toEqual({
      ok: false,
      reason: "forged",
    });
    const old = String(now.getTime() - 6 * 60_000);
    const oldSig = await signHubSpotV3(base.secret, base.method, base.uri, base.rawBody, old);
    expect(await verifyHubSpotV3({ ...base, signature: oldSig, timestamp: old, now })).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(await verifyHubSpotV3({ ...base, signature: undefined, timestamp, now })).toEqual({
      ok: false,
      reason: "missing",
    });
  });
});
