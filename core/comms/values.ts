import type { Incident } from "../incidents/model";
import { nextUpdateDueFor } from "../policy/cadence";
import type { PolicyDocument } from "../policy/document";
import { fallbackChain, type Locale } from "../templates/catalog";
import type { VariableValue } from "../templates/render";

/** The default impact sentence per severity, in each template locale. */
const impactText: Record<Locale, Record<Incident["severity"], string>> = {
  en: {
    P1: "Many customers cannot use the service.",
    P2: "Some customers see errors or slow responses.",
    P3: "A small number of customers may notice problems.",
    P4: "A minor issue; a workaround is available.",
  },
  fr: {
    P1: "De nombreux clients ne peuvent pas utiliser le service.",
    P2: "Certains clients rencontrent des erreurs ou des lenteurs.",
    P3: "Un petit nombre de clients peut remarquer des problèmes.",
    P4: "Un problème mineur ; une solution de contournement existe.",
  },
  de: {
    P1: "Viele Kunden können den Dienst nicht nutzen.",
    P2: "Einige Kunden sehen Fehler oder lange Antwortzeiten.",
    P3: "Einzelne Kunden bemerken möglicherweise Probleme.",
    P4: "Ein kleines Problem; es gibt eine Umgehungslösung.",
  },
};

/** What an incident naming no component affects, worded to fit every default template of its locale. */
const ourService: Record<Locale, string> = { en: "our service", fr: "notre service", de: "unserem Dienst" };

/**
 * The values templates are filled with: the incident's real data, then whatever the draft sets.
 * `next_update_at` assumes this message goes out now, so it counts the cadence from now.
 */
export function templateValues(o: {
  incident: Incident;
  componentNames: Map<string, string>;
  policy: PolicyDocument;
  now: Date;
  pageUrl: string;
  company: string;
  variables: Record<string, VariableValue>;
  locale?: string;
}): Record<string, VariableValue> {
  const { incident: i } = o;
  const asIfPublished: Incident = {
    ...i,
    updates: [
      {
        ...(i.updates[0] ?? {
          id: "",
          incidentId: i.id,
          phase: i.phase,
          kind: "update" as const,
          body: "",
          componentChanges: [],
          authorId: null,
          displayAt: o.now,
        }),
        createdAt: o.now,
      },
    ],
  };
  const language = fallbackChain(o.locale ?? "en")[0]!;
  const affected = i.components.map((c) => o.componentNames.get(c.componentId)).filter((n): n is string => Boolean(n));
  return {
    company: o.company,
    title: i.title,
    severity: i.severity,
    affected: affected.length ? affected : [ourService[language]],
    impact: impactText[language][i.severity],
    eta: i.etaAt ?? undefined,
    next_update_at: nextUpdateDueFor(asIfPublished, o.policy, o.now) ?? undefined,
    status_url: `${o.pageUrl}/incidents/${i.parentId ?? i.id}`,
    started_at: i.impactStartAt,
    resolved_at: i.resolvedAt ?? undefined,
    ...o.variables,
  };
}
