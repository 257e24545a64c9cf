import { describe, expect, it } from "vitest";
import { hmacSha256Hex, matchesAnySecret, sha256Hex } from "./crypto";

const encoder = new TextEncoder();
const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");
/** Web Crypto, independent of the node:crypto code under test. */
const webHmac = async (secret: string, message: string) =>
  hex(
    await crypto.subtle.sign(
      "HMAC",
      await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]),
      encoder.encode(message),
    ),
  );

describe("monitoring HMAC-SHA256", () => {
  it("matches the RFC 4231 test case 2 vector", () => {
    expect(hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("agrees with Web Crypto on unicode bodies and odd secrets", async () => {
    for (const [secret, body] of [
      ["s3cr3t-ünïcödé", '{"title":"Paiement refusé — 支付失败"}'],
      ["x".repeat(100), ""],
      ["k", "a".repeat(10_000)],
    ] as const) {
      expect(hmacSha256Hex(secret, body)).toBe(await webHmac(secret, body));
    }
    expect(sha256Hex("payload")).toBe(hex(await crypto.subtle.digest("SHA-256", encoder.encode("payload"))));
  });

  it("accepts any listed signature under any secret, in any hex case, and nothing else", async () => {
    const good = await webHmac("new-secret", "body");
    expect(matchesAnySecret(["old-secret", "new-secret"], "body", ["deadbeef", good.toUpperCase()])).toBe(true);
    expect(matchesAnySecret(["old-secret"], "body", [good])).toBe(false);
    expect(matchesAnySecret(["new-secret"], "body!", [good])).toBe(false);
  });
});
