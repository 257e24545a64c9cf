import { describe, expect, it } from "vitest";
import { defaultPolicy } from "#core/policy/document";
import { locales, messageChannels, templateKinds } from "../catalog";
import { composeMessage } from "../compose";

const values = {
  company: "Acme",
  title: "Checkout errors",
  severity: "P1",
  affected: ["Checkout"],
  impact: "Some customers cannot pay.",
  action: "Retry in a few minutes.",
  eta: new Date("2026-11-20T12:00:00Z"),
  next_update_at: new Date("2026-11-20T10:30:00Z"),
  status_url: "https://status.example.com/incidents/inc_1",
  root_cause: "A configuration change.",
  fix: "We reverted it.",
  prevention: "A review step before such changes.",
  window_start: new Date("2026-11-21T01:00:00Z"),
  window_end: new Date("2026-11-21T03:00:00Z"),
  new_end: new Date("2026-11-21T04:00:00Z"),
  account: "Globex",
  talking_points: ["We are on it"],
  started_at: new Date("2026-11-20T09:00:00Z"),
  resolved_at: new Date("2026-11-20T11:00:00Z"),
};

describe("default wording", () => {
  it("renders every kind, in every locale, on every channel, within limits and without guardrail blocks", () => {
    for (const kind of templateKinds)
      for (const locale of locales)
        for (const channel of messageChannels) {
          const m = composeMessage({ kind, channel, locale, timeZone: "Europe/Paris", values, policy: defaultPolicy });
          expect(m.locale, `${kind}/${locale}`).toBe(locale);
          expect(m.text).not.toMatch(/\{\{|\}\}/);
          expect(
            m.findings.filter((f) => f.blocking),
            `${kind}/${locale}/${channel}`,
          ).toEqual([]);
        }
  });
});
