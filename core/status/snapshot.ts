import { liveComponentStatuses } from "../components/live-status";
import type { Component, ComponentGroup, ComponentStatus } from "../components/model";
import type { Incident } from "../incidents/model";
import { isMaintenanceActive, type Maintenance } from "../maintenance/model";
import type { Store } from "../ports/store";
import { type Indicator, pageIndicator } from "./indicator";

/** A top-level incident as customers see it: sub-issues folded into one thread. */
export interface PublicIncident extends Incident {
  subIssues: Incident[];
}

export interface StatusSnapshot {
  now: Date;
  components: Component[];
  groups: ComponentGroup[];
  liveStatus: Map<string, ComponentStatus>;
  status: { indicator: Indicator; description: string };
  unresolved: PublicIncident[];
  activeMaintenances: Maintenance[];
  upcomingMaintenances: Maintenance[];
}

/**
 * Cascading failures: a sub-issue's components count toward its parent, and its updates join the
 * parent's timeline, so customers follow one thread.
 */
export function foldSubIssues(
  incidents: readonly Incident[],
  children: readonly Incident[] = incidents,
): PublicIncident[] {
  const byParent = new Map<string, Incident[]>();
  for (const c of children) if (c.parentId) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  return incidents
    .filter((i) => !i.parentId)
    .map((parent) => {
      const subIssues = byParent.get(parent.id) ?? [];
      const components = [...parent.components];
      for (const s of subIssues)
        for (const c of s.components) if (!components.some((p) => p.componentId === c.componentId)) components.push(c);
      const updates = [
        ...parent.updates,
        ...subIssues.flatMap((s) => s.updates.map((u) => ({ ...u, body: `${s.title}: ${u.body}` }))),
      ].sort((a, b) => b.displayAt.getTime() - a.displayAt.getTime());
      return { ...parent, components, updates, subIssues };
    });
}

/** Everything the live part of the status page shows, loaded with a handful of queries. */
export async function loadStatusSnapshot(store: Store, now: Date): Promise<StatusSnapshot> {
  const [components, groups, open, maintenances] = await Promise.all([
    store.listComponents(),
    store.listGroups(),
    store.listIncidents({ phase: "open" }),
    store.listMaintenances({ statuses: ["scheduled", "in_progress", "verifying"] }),
  ]);
  const unresolved = foldSubIssues(open);
  const active = maintenances.filter(isMaintenanceActive);
  const liveStatus = liveComponentStatuses(components, open, active);
  return {
    now,
    components,
    groups,
    liveStatus,
    status: pageIndicator(liveStatus.values(), open, active),
    unresolved,
    activeMaintenances: active,
    upcomingMaintenances: maintenances.filter((m) => m.status === "scheduled"),
  };
}
