import type { Component } from "../components/model";
import type { Incident } from "../incidents/model";
import { type KnownIssue, MatchRules } from "../matching/rules";
import type { IncidentDesk } from "./model";

/**
 * Rules an incident gets until someone writes its own: customers name the product, so each affected
 * component counts as a keyword and a component; the incident's regions count too.
 */
export function derivedRules(incident: Incident, components: readonly Component[]): MatchRules {
  const names = incident.components
    .map((c) => components.find((x) => x.id === c.componentId)?.name)
    .filter((n): n is string => Boolean(n));
  return MatchRules.parse({ keywords: names, components: names, regions: incident.regions });
}

export function rulesFor(incident: Incident, desk: IncidentDesk | null, components: readonly Component[]): MatchRules {
  return desk?.rules ?? derivedRules(incident, components);
}

/** Every open incident is a known issue, matched from the start of its customer impact. */
export function knownIssues(
  incidents: readonly Incident[],
  desks: readonly IncidentDesk[],
  components: readonly Component[],
): KnownIssue[] {
  return incidents
    .filter((i) => i.phase !== "resolved" && !i.parentId)
    .map((i) => ({
      incidentId: i.id,
      startedAt: i.impactStartAt,
      endedAt: null,
      rules: rulesFor(i, desks.find((d) => d.incidentId === i.id) ?? null, components),
    }));
}
