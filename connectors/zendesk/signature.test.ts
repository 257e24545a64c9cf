import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signZendeskWebhook, verifyZendeskSignature } from "./signature";

const secret = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3RpbmdfcHVycG9zZXNfb25seQ==";
const timestamp = "2026-11-20T10:00:00Z";
const body = JSON.stringify({ type: "zen:event-type:ticket.created", detail: { id: "35436" } });
const now = new Date("2026-11-20T10:01:00Z");

describe("Zendesk webhook signature", () => {
  it("matches an independent HMAC-SHA256 of timestamp + body", async () => {
    const reference = createHmac("sha256", secret)
      .update(timestamp + body)
      .digest("base64");
    expect(await signZendeskWebhook(secret, timestamp, body)).toBe(reference);
    expect(await verifyZendeskSignature({ secret, signature: reference, timestamp, rawBody: body, now })).toEqual({
      ok: true,
    });
  });

  it("rejects missing, forged and stale signatures", async () => {
    const good = await signZendeskWebhook(secret, timestamp, body);
    expect(await verifyZendeskSignature({ secret, signature: undefined, timestamp, rawBody: body, now })).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(
      await verifyZendeskSignature({
        secret,
        signature: good,
        timestamp,
        rawBody: body.replace("35436", "35437"),
        now,
      }),
    ).toEqual({ ok: false, reason: "forged" });
    expect(await verifyZendeskSignature({ secret: "other", signature: good, timestamp, rawBody: body, now })).toEqual({
      ok: false,
      reason: "forged",
    });
    expect(
      await verifyZendeskSignature({
        secret,
        signature: good,
        timestamp,
        rawBody: body,
        now: new Date("2026-11-20T10:06:01Z"),
      }),
    ).toEqual({ ok: false, reason: "stale" });
    expect(
      await verifyZendeskSignature({ secret, signature: good, timestamp: "yesterday", rawBody: body, now }),
    ).toEqual({ ok: false, reason: "stale" });
  });
});
