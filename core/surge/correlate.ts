/** A surge found in one series, and the incidents that could explain it. */
export interface Surge {
  series: { kind: "total" | "component" | "keyword" | "organization"; key: string };
  startedAt: Date;
  observed: number;
  expected: number;
}

export interface ActiveIncidentFacts {
  id: string;
  startedAt: Date;
  components: string[];
  keywords: string[];
  organizations: string[];
}

/**
 * Incidents that explain a surge: active and started within `beforeMinutes` before it (or shortly
 * after, since tickets often arrive first), and, for a component, keyword or organisation series,
 * covering that key. An empty result is an unexplained surge: maybe an undeclared incident.
 */
export function explainSurge(
  surge: Surge,
  incidents: readonly ActiveIncidentFacts[],
  o = { beforeMinutes: 180, afterMinutes: 30 },
): string[] {
  const t = surge.startedAt.getTime();
  const key = surge.series.key.toLowerCase();
  return incidents
    .filter(
      (i) =>
        i.startedAt.getTime() >= t - o.beforeMinutes * 60_000 && i.startedAt.getTime() <= t + o.afterMinutes * 60_000,
    )
    .filter((i) => {
      switch (surge.series.kind) {
        case "total":
          return true;
        case "component":
          return i.components.some((c) => c.toLowerCase() === key);
        case "keyword":
          return i.keywords.some((k) => k.toLowerCase().includes(key) || key.includes(k.toLowerCase()));
        case "organization":
          return i.organizations.includes(surge.series.key);
        default:
          return false;
      }
    })
    .map((i) => i.id);
}
