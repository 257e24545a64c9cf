import { compileMatcher } from "#core/matching/matcher";
import { type KnownIssue, MatchRules, type TicketFacts } from "#core/matching/rules";

/**
 * Matcher decisions per second on one core with 50 active known issues (goal ≥ 20,000/s), and the
 * same tickets through a naive baseline (lower-casing and `includes` per keyword) for scale.
 */
const products = [
  "checkout",
  "dashboard",
  "billing",
  "invoices",
  "reports",
  "search",
  "webhooks",
  "mobile app",
  "single sign-on",
  "exports",
];
const symptoms = [
  "cannot log in",
  "payment failed",
  "page is slow",
  "error message",
  "not loading",
  "timeout",
  "missing data",
  "sync stuck",
  "emails not arriving",
  "blank screen",
];
const issues: KnownIssue[] = Array.from({ length: 50 }, (_, i) => ({
  incidentId: `inc_${i}`,
  startedAt: new Date("2026-11-20T10:00:00Z"),
  endedAt: null,
  rules: MatchRules.parse({
    keywords: [symptoms[i % 10]!, `${products[i % 10]} ${symptoms[(i + 3) % 10]}`, `error ${400 + i}`],
    synonyms: { [symptoms[i % 10]!]: [`${symptoms[i % 10]} again`] },
    components: [products[(i * 3) % 10]!],
    organizations: [`org_${i}`],
    regions: [i % 2 ? "eu" : "us"],
  }),
}));
const filler =
  "Hello team, since this morning our users report that something is wrong. Could you please have a look and tell us when it will be fixed? Thanks a lot.";
const tickets: TicketFacts[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `t${i}`,
  subject: i % 3 ? `${products[i % 10]} ${symptoms[(i * 7) % 10]}` : "Question about my invoice",
  description: `${filler} ${i % 5 === 0 ? "Chekout keeps saying paymnet failed." : ""}`,
  createdAt: new Date("2026-11-20T10:30:00Z"),
  organizationId: `org_${i % 60}`,
  region: i % 2 ? "EU" : "US",
}));

const match = compileMatcher(issues);
const naive = (t: TicketFacts) => {
  const text = `${t.subject} ${t.description}`.toLowerCase();
  return issues.filter((i) => i.rules.keywords.some((k) => text.includes(k)));
};

function rate(fn: (t: TicketFacts) => unknown, ms: number): number {
  let n = 0;
  const end = performance.now() + ms;
  const started = performance.now();
  while (performance.now() < end)
    for (const t of tickets) {
      fn(t);
      n++;
    }
  return n / ((performance.now() - started) / 1000);
}

rate(match, 300);
rate(naive, 300);
const ours = rate(match, 3000);
const base = rate(naive, 3000);
const linked = tickets.filter((t) => match(t).some((c) => c.decision === "link")).length;
console.log(
  `matcher: ${ours.toFixed(0)} decisions/s over 50 known issues (${linked}/${tickets.length} sample tickets linked)`,
);
console.log(`naive substring baseline: ${base.toFixed(0)} decisions/s (matcher/baseline ${(ours / base).toFixed(2)})`);
console.log(`ratio to goal (20,000/s): ${(ours / 20_000).toFixed(2)}`);
