import type { ComponentStatus } from "../components/model";
import { type Incident, impactOf } from "../incidents/model";
import type { Maintenance } from "../maintenance/model";

export const indicators = ["none", "minor", "major", "critical", "maintenance"] as const;
export type Indicator = (typeof indicators)[number];

const describe: Record<Indicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major Service Outage",
  maintenance: "Service Under Maintenance",
};

const fromComponent: Record<ComponentStatus, Indicator> = {
  operational: "none",
  under_maintenance: "maintenance",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};

const rank: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

/**
 * The page-level indicator: the worst of every live component status and every unresolved
 * incident's impact. Maintenance shows only when nothing is broken.
 */
export function pageIndicator(
  liveStatuses: Iterable<ComponentStatus>,
  unresolved: readonly Incident[],
  activeMaintenances: readonly Maintenance[],
): { indicator: Indicator; description: string } {
  let worst: Indicator = activeMaintenances.length ? "maintenance" : "none";
  const consider = (i: Indicator) => {
    if (rank[i] > rank[worst]) worst = i;
  };
  for (const s of liveStatuses) consider(fromComponent[s]);
  for (const i of unresolved) if (i.phase !== "resolved") consider(impactOf(i));
  return { indicator: worst, description: describe[worst] };
}
