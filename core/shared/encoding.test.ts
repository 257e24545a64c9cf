import { describe, expect, it } from "vitest";
import { base64url, escapeHtml, escapeXml, fromBase64url, sha256Hex } from "./encoding";

describe("encoding helpers", () => {
  it("hashes UTF-8 text to lower-case hex SHA-256", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("round-trips base64url without padding", () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(base64url(bytes)).toBe("-_-_AAE");
    expect([...fromBase64url("-_-_AAE")]).toEqual([...bytes]);
    expect(base64url('{"alg":"RS256"}')).toBe("eyJhbGciOiJSUzI1NiJ9");
  });
  it("escapes HTML and XML, dropping characters XML 1.0 forbids", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
    );
    expect(escapeXml("a\u0001<b>&'\"")).toBe("a&lt;b&gt;&amp;&apos;&quot;");
  });
});
