import { tokens, Vocabulary } from "./normalise";
import { defaultThresholds, type KnownIssue, type MatchCandidate, type Thresholds, type TicketFacts } from "./rules";

interface Phrase {
  words: string[];
  /** The keyword it stands for, for the reason text. */
  label: string;
}
interface CompiledIssue {
  issue: KnownIssue;
  keywords: Phrase[];
  components: Phrase[];
  regions: Set<string>;
  organizations: Set<string>;
  forms: Set<string>;
}

const weights = {
  keyword: 0.5,
  extraKeyword: 0.1,
  component: 0.25,
  organization: 0.2,
  region: 0.1,
  form: 0.2,
  customField: 0.2,
};

/** A ticket's words with where each occurs, so a phrase check starts only where its first word is. */
function indexWords(words: readonly string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  return at;
}

/** True when `phrase` occurs as consecutive words of the ticket. */
function contains(words: readonly string[], at: Map<string, number[]>, phrase: readonly string[]): boolean {
  const starts = at.get(phrase[0]!);
  if (!starts) return false;
  outer: for (const i of starts) {
    for (let j = 1; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Scores tickets against every active known issue. Rules are compiled once; each ticket is
 * tokenised once, its words mapped onto the rules' vocabulary (forgiving one typo), and then each
 * issue costs a few phrase scans. Pure: no I/O.
 */
export function compileMatcher(issues: readonly KnownIssue[], thresholds: Thresholds = defaultThresholds) {
  const vocabulary = new Vocabulary();
  const phrase = (text: string, label = text): Phrase => {
    const words = tokens(text);
    for (const w of words) vocabulary.add(w);
    return { words, label };
  };
  const compiled: CompiledIssue[] = issues.map((issue) => ({
    issue,
    keywords: issue.rules.keywords.flatMap((k) => [
      phrase(k),
      ...(issue.rules.synonyms[k] ?? []).map((s) => phrase(s, k)),
    ]),
    components: issue.rules.components.map((c) => phrase(c)),
    regions: new Set(issue.rules.regions.map((r) => r.toLowerCase())),
    organizations: new Set(issue.rules.organizations),
    forms: new Set(issue.rules.ticketForms),
  }));

  return function match(ticket: TicketFacts): MatchCandidate[] {
    const words = tokens(`${ticket.subject} ${ticket.description}`).map((w) => vocabulary.canonical(w) ?? w);
    const at = indexWords(words);
    const out: MatchCandidate[] = [];
    for (const c of compiled) {
      const { issue } = c;
      const created = ticket.createdAt.getTime();
      if (created < issue.startedAt.getTime() - issue.rules.leadMinutes * 60_000) continue;
      if (issue.endedAt && created > issue.endedAt.getTime()) continue;
      let score = 0;
      const reasons: string[] = [];
      const hits = [...new Set(c.keywords.filter((p) => contains(words, at, p.words)).map((p) => p.label))];
      if (hits.length) {
        score += weights.keyword + weights.extraKeyword * Math.min(hits.length - 1, 3);
        reasons.push(`mentions ${hits.map((h) => `"${h}"`).join(", ")}`);
      }
      const parts = c.components.filter((p) => contains(words, at, p.words)).map((p) => p.label);
      if (parts.length) {
        score += weights.component;
        reasons.push(`names ${parts.join(", ")}`);
      }
      if (ticket.organizationId && c.organizations.has(ticket.organizationId)) {
        score += weights.organization;
        reasons.push("from an affected organisation");
      }
      if (ticket.region && c.regions.has(ticket.region.toLowerCase())) {
        score += weights.region;
        reasons.push(`in affected region ${ticket.region}`);
      }
      if (ticket.formId && c.forms.has(ticket.formId)) {
        score += weights.form;
        reasons.push("on a related ticket form");
      }
      const fields = Object.entries(issue.rules.customFields).filter(
        ([id, value]) => ticket.customFields?.[id]?.toLowerCase() === value.toLowerCase(),
      );
      if (fields.length) {
        score += weights.customField;
        reasons.push(`custom field ${fields.map(([id, v]) => `${id}=${v}`).join(", ")}`);
      }
      score = Math.min(1, Math.round(score * 100) / 100);
      if (score >= thresholds.suggest)
        out.push({
          incidentId: issue.incidentId,
          score,
          decision: score >= thresholds.link ? "link" : "suggest",
          reasons,
        });
    }
    return out.sort((a, b) => b.score - a.score);
  };
}
export type Matcher = ReturnType<typeof compileMatcher>;
