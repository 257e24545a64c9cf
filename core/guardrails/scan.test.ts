import { describe, expect, it } from "vitest";
import { defaultGuardrailConfig, type GuardrailConfig } from "./rules";
import { hasBlocking, outsideOwnLinks, scanText } from "./scan";

const config: GuardrailConfig = {
  ...defaultGuardrailConfig,
  internalNames: ["payments-ledger"],
  staffEmailDomains: ["acme.io"],
};
const kinds = (text: string, phase?: Parameters<typeof scanText>[2]) =>
  scanText(text, config, phase).map((f) => [f.kind, f.match]);

describe("guardrails", () => {
  it("blocks an IP address and an internal host name with their positions", () => {
    const text = "Requests to 10.0.3.7 failed.\nWe restarted redis-prod-3.";
    const findings = scanText(text, config);
    expect(findings.map((f) => [f.kind, f.match, f.start, f.end, f.line, f.column])).toEqual([
      ["ip_address", "10.0.3.7", 12, 20, 1, 13],
      ["hostname", "redis-prod-3", 42, 54, 2, 14],
    ]);
    expect(hasBlocking(findings)).toBe(true);
  });

  it("suggests customer wording for region codes", () => {
    const [f] = scanText("Customers in us-east-1 see errors.", { ...config, jargon: {} });
    expect(f).toMatchObject({ kind: "region_code", match: "us-east-1", suggestion: "US East", blocking: true });
  });

  it("finds configured internal names, staff e-mail, secrets and stack traces", () => {
    expect(kinds("The payments-ledger is slow; ask jo@acme.io, not help@customer.com.")).toEqual([
      ["internal_name", "payments-ledger"],
      ["staff_email", "jo@acme.io"],
    ]);
    expect(kinds("key AKIAABCDEFGHIJKLMNOP leaked")[0]).toEqual(["secret", "AKIAABCDEFGHIJKLMNOP"]);
    expect(kinds("Error: boom\n    at handler (/srv/app/index.js:10:5)")[0]![0]).toBe("stack_trace");
    expect(kinds("Traceback (most recent call last):")[0]![0]).toBe("stack_trace");
  });

  it("warns about jargon without blocking, offering plain words", () => {
    const findings = scanText("High latency on checkout.", config);
    expect(findings).toEqual([
      expect.objectContaining({ kind: "jargon", match: "latency", blocking: false, suggestion: "slow responses" }),
    ]);
    expect(hasBlocking(findings)).toBe(false);
  });

  it("blocks a confirmed-sounding root cause only while investigating", () => {
    const text = "The outage was caused by a faulty update.";
    expect(kinds(text, "investigating")).toEqual([["unconfirmed_cause", "was caused by"]]);
    expect(kinds(text, "identified")).toEqual([]);
  });

  it("passes plain customer wording", () => {
    expect(
      scanText(
        "Some customers cannot sign in. We are working on a fix and will update you by 14:00 UTC.",
        config,
        "investigating",
      ),
    ).toEqual([]);
  });
});

describe("the hub's own links", () => {
  it("do not block a message, while the same address in the words still does", () => {
    const link = "http://10.0.3.7:8787/incidents/inc_1";
    const text = `Checkout is failing. Follow along at ${link}.`;
    expect(outsideOwnLinks(scanText(text, config), text, [link])).toEqual([]);
    const leaky = `The host 10.0.3.7 is down. Follow along at ${link}.`;
    expect(outsideOwnLinks(scanText(leaky, config), leaky, [link]).map((f) => f.match)).toEqual(["10.0.3.7"]);
  });
});
