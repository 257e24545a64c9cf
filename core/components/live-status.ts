import type { Incident } from "../incidents/model";
import type { Maintenance } from "../maintenance/model";
import { type Component, type ComponentStatus, worstStatus } from "./model";

/**
 * The status each component shows right now: the worst status any unresolved incident gives it,
 * else under_maintenance while a maintenance window covering it is running, else operational.
 * Deriving it means a resolved incident can never leave a component stuck in an outage.
 */
export function liveComponentStatuses(
  components: readonly Component[],
  incidents: readonly Incident[],
  maintenances: readonly Maintenance[],
): Map<string, ComponentStatus> {
  const seen = new Map<string, ComponentStatus[]>();
  const add = (id: string, s: ComponentStatus) => seen.set(id, [...(seen.get(id) ?? []), s]);
  for (const incident of incidents) {
    if (incident.phase === "resolved") continue;
    for (const c of incident.components) add(c.componentId, c.status);
  }
  for (const m of maintenances) {
    if (m.status !== "in_progress" && m.status !== "verifying") continue;
    for (const id of m.componentIds) add(id, "under_maintenance");
  }
  const out = new Map<string, ComponentStatus>();
  for (const c of components) out.set(c.id, worstStatus(seen.get(c.id) ?? []));
  return out;
}
