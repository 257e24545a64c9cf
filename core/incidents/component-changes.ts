import type { Component, ComponentStatusChange } from "../components/model";
import { DomainError } from "../shared/errors";
import type { AffectedComponent, ComponentChange } from "./model";

/** Rejects unknown or repeated component ids, naming each one. */
export function assertKnownComponents(requested: readonly ComponentStatusChange[], known: readonly Component[]): void {
  const ids = new Set(known.map((c) => c.id));
  const unknown = requested.filter((r) => !ids.has(r.componentId)).map((r) => r.componentId);
  if (unknown.length) {
    throw new DomainError("not_found", `Unknown component id(s): ${unknown.join(", ")}.`, { unknown });
  }
  const seen = new Set<string>();
  for (const r of requested) {
    if (seen.has(r.componentId)) {
      throw new DomainError("invalid_input", `Component '${r.componentId}' is listed twice.`);
    }
    seen.add(r.componentId);
  }
}

/** Applies requested statuses to an incident's affected components and lists what changed. */
export function applyComponentStatuses(
  current: readonly AffectedComponent[],
  requested: readonly ComponentStatusChange[],
): { components: AffectedComponent[]; changes: ComponentChange[] } {
  const components = current.map((c) => ({ ...c }));
  const changes: ComponentChange[] = [];
  for (const r of requested) {
    const existing = components.find((c) => c.componentId === r.componentId);
    const from = existing?.status ?? "operational";
    if (from !== r.status) changes.push({ componentId: r.componentId, from, to: r.status });
    if (existing) existing.status = r.status;
    else components.push({ componentId: r.componentId, status: r.status });
  }
  return { components, changes };
}
