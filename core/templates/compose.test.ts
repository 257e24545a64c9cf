import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../policy/document";
import { composeMessage } from "./compose";

const values = {
  company: "Acme",
  title: "Checkout errors",
  affected: ["Checkout", "Payments"],
  impact: "Some customers cannot pay.",
  next_update_at: new Date("2026-11-20T10:30:00Z"),
  status_url: "https://status.example.com/incidents/inc_1",
};
const compose = (over: Partial<Parameters<typeof composeMessage>[0]>) =>
  composeMessage({
    kind: "investigating",
    channel: "status_page",
    locale: "en-GB",
    timeZone: "Etc/UTC",
    values,
    policy: defaultPolicy,
    ...over,
  });

describe("composing a message", () => {
  it("leaves the status URL out of in-app text, which the banner links itself, so French fits in 200 characters", () => {
    const long = {
      ...values,
      company: "Acme Payments Europe",
      impact: "Certains clients rencontrent des erreurs ou des lenteurs.",
      status_url: `https://status.acme-payments.example.com/incidents/inc_${"x".repeat(16)}`,
    };
    const inApp = compose({ channel: "in_app", locale: "fr", values: long });
    expect(inApp.text).toBe(
      "Acme Payments Europe : problème avec Checkout et Payments. Certains clients rencontrent des erreurs ou des lenteurs. Prochaine mise à jour : 20 nov. 2026, 10:30 UTC.",
    );
    expect(compose({ channel: "social", locale: "fr", values: long }).text).toContain(long.status_url);
  });
  it("renders email with subject, text and HTML", () => {
    const m = compose({ channel: "email" });
    expect(m.subject).toBe("[Acme] We are looking into a problem with Checkout and Payments");
    expect(m.text).toContain("We will send the next update by 20 Nov 2026, 10:30 UTC.");
    expect(m.html).toContain('<a href="https://status.example.com/incidents/inc_1">');
    expect(m.findings).toEqual([]);
  });

  it("uses the requested locale, falling back to English for one it lacks", () => {
    expect(compose({ locale: "fr-CA" }).text).toMatch(/^Nous examinons un problème avec Checkout et Payments/);
    expect(compose({ locale: "de" }).text).toMatch(/^Wir prüfen ein Problem mit Checkout und Payments/);
    expect(compose({ locale: "de-AT", kind: "maintenance_complete" }).locale).toBe("de");
    expect(compose({ locale: "ja" }).locale).toBe("en");
  });

  it("counts SMS segments and enforces the policy's hard limit", () => {
    const m = compose({ channel: "sms" });
    expect(m.sms).toMatchObject({ encoding: "GSM-7", segments: 1 });
    expect(() => compose({ channel: "sms", values: { ...values, impact: "x".repeat(400) } })).toThrow(/segments/);
  });

  it("keeps social posts within 280 characters", () => {
    expect([...compose({ channel: "social" }).text].length).toBeLessThanOrEqual(280);
    expect(() => compose({ channel: "social", values: { ...values, impact: "y".repeat(300) } })).toThrow(/280/);
  });

  it("fails naming a missing variable instead of sending a blank", () => {
    const { status_url: _drop, ...rest } = values;
    expect(() => compose({ values: rest })).toThrow(/status_url/);
    const { next_update_at: _optional, ...noCadence } = values;
    expect(compose({ values: noCadence }).text).not.toMatch(/next update/i);
  });

  it("reports guardrail findings in rendered text with their field", () => {
    const m = compose({ values: { ...values, impact: "Host 10.0.3.7 and redis-prod-3 are down." } });
    expect(m.findings.map((f) => [f.field, f.kind, f.match])).toEqual([
      ["text", "ip_address", "10.0.3.7"],
      ["text", "hostname", "redis-prod-3"],
    ]);
  });
});
