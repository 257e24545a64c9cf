import type { Component } from "../components/model";
import type { Incident } from "../incidents/model";
import type { Account, CallState, OutreachEntry, Tier } from "./model";
import { defaultOutreachTier, mergeOutreach, splitAudience } from "./outreach";
import type { CrmStore } from "./store";
import { type IncidentScope, targetAccounts } from "./targeting";

/** The incident's scope in account terms: its components by name and id, regions and segments. */
export function incidentScope(
  incident: Pick<Incident, "components" | "regions" | "segments">,
  components: readonly Component[],
): IncidentScope {
  const ids = new Set(incident.components.map((c) => c.componentId));
  const names = components.filter((c) => ids.has(c.id)).map((c) => c.name);
  return { products: [...ids, ...names], regions: incident.regions, segments: incident.segments };
}

export interface OutreachView {
  entries: OutreachEntry[];
  /** The accounts behind the in-scope entries, in list order: whom CSM alerts go to. */
  call: Account[];
  flagged: Account[];
  broadcast: Account[];
  minTier: Tier | null;
}

/**
 * Rebuilds and saves an incident's outreach list from the cached accounts and its current scope,
 * keeping recorded call states. Returns the list, the flagged accounts (no region data) and the
 * broadcast audience (affected accounts below the outreach tier).
 */
export async function refreshOutreach(o: {
  crm: CrmStore;
  incident: Incident;
  components: readonly Component[];
  minTier?: Tier | null;
}): Promise<OutreachView> {
  const minTier = o.minTier === undefined ? defaultOutreachTier[o.incident.severity] : o.minTier;
  const { affected, flagged } = targetAccounts(await o.crm.listAccounts(), incidentScope(o.incident, o.components));
  const { call, broadcast } = splitAudience(affected, minTier);
  const existing = await o.crm.listOutreach(o.incident.id);
  const entries = mergeOutreach(o.incident.id, call, existing);
  const changed = JSON.stringify(entries) !== JSON.stringify(existing);
  if (changed) await o.crm.replaceOutreach(o.incident.id, entries);
  return { entries, call, flagged, broadcast, minTier };
}

/** Records a call's state with who and when; null when the account is not on the incident's list. */
export function recordCall(o: {
  crm: CrmStore;
  incidentId: string;
  accountId: string;
  state: CallState;
  by: string;
  at: Date;
  note: string | null;
}) {
  return o.crm.setCallState(o.incidentId, o.accountId, { state: o.state, by: o.by, at: o.at, note: o.note });
}
