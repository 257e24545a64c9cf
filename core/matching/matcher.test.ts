import { describe, expect, it } from "vitest";
import { compileMatcher } from "./matcher";
import { type KnownIssue, MatchRules, type TicketFacts } from "./rules";

const start = new Date("2026-11-20T10:00:00Z");
const issue = (incidentId: string, rules: Partial<MatchRules>, endedAt: Date | null = null): KnownIssue => ({
  incidentId,
  startedAt: start,
  endedAt,
  rules: MatchRules.parse(rules),
});
const ticket = (subject: string, over: Partial<TicketFacts> = {}): TicketFacts => ({
  id: "t1",
  subject,
  description: "",
  createdAt: new Date("2026-11-20T10:20:00Z"),
  ...over,
});

const login = issue("inc_login", {
  keywords: ["log in", "password reset"],
  synonyms: { "log in": ["sign in", "login"] },
  components: ["Dashboard"],
  organizations: ["org_9"],
  regions: ["eu"],
});
const checkout = issue("inc_checkout", { keywords: ["checkout", "payment failed"], components: ["Checkout"] });
const match = compileMatcher([login, checkout]);

describe("known-issue matcher", () => {
  it("links a ticket that names the problem and the component, with reasons", () => {
    expect(match(ticket("Cannot log in to the dashboard"))).toEqual([
      { incidentId: "inc_login", score: 0.75, decision: "link", reasons: ['mentions "log in"', "names Dashboard"] },
    ]);
  });

  it("understands synonyms, case, accents and one typo", () => {
    expect(match(ticket("SIGN IN broken"))[0]).toMatchObject({
      incidentId: "inc_login",
      reasons: ['mentions "log in"'],
    });
    expect(match(ticket("Paymént failed at chekout"))[0]).toMatchObject({
      incidentId: "inc_checkout",
      decision: "link",
    });
    expect(match(ticket("Dashbaord is empty"))).toEqual([]);
  });

  it("suggests when the evidence is partial and ignores unrelated tickets", () => {
    expect(match(ticket("question about login", { organizationId: "org_1" }))[0]).toMatchObject({
      decision: "suggest",
      score: 0.5,
    });
    expect(match(ticket("How do I export invoices?"))).toEqual([]);
  });

  it("adds organisation, region, form and custom-field evidence", () => {
    const m = compileMatcher([
      issue("inc_x", { keywords: ["sync"], ticketForms: ["form_7"], customFields: { "360001": "Mobile app" } }),
    ]);
    expect(m(ticket("sync stuck", { formId: "form_7", customFields: { "360001": "mobile APP" } }))[0]).toMatchObject({
      score: 0.9,
      decision: "link",
    });
    expect(match(ticket("cannot log in", { organizationId: "org_9", region: "EU" }))[0]!.reasons).toEqual([
      'mentions "log in"',
      "from an affected organisation",
      "in affected region EU",
    ]);
  });

  it("only counts tickets inside the incident's time window", () => {
    const early = ticket("cannot log in", { createdAt: new Date("2026-11-20T09:00:00Z") });
    expect(match(early)).toEqual([]);
    const lead = ticket("cannot log in", { createdAt: new Date("2026-11-20T09:45:00Z") });
    expect(match(lead)).toHaveLength(1);
    const ended = compileMatcher([issue("inc_old", { keywords: ["log in"] }, new Date("2026-11-20T10:10:00Z"))]);
    expect(ended(ticket("cannot log in"))).toEqual([]);
  });
});
