import type { Principal } from "../auth/roles";
import type { Incident } from "../incidents/model";
import type { ActivePolicy } from "../policy/document";
import type { DeliveryStore } from "../ports/delivery";
import type { HelpdeskStore } from "../ports/helpdesk";
import type { Store } from "../ports/store";
import { notFound } from "../shared/errors";
import { incidentKpis } from "./incident";
import type { IncidentKpis, PeriodKpis } from "./model";
import { periodKpis } from "./period";

/** Where the measures come from; delivery is absent when the hub sends nothing to subscribers. */
export interface KpiSources {
  store: Pick<Store, "getIncident" | "listIncidents" | "getPolicy" | "currentPolicy">;
  helpdesk: Pick<HelpdeskStore, "listLinks" | "getTickets">;
  delivery: Pick<DeliveryStore, "incidentPublications" | "progress"> | null;
  now: Date;
  actor: Principal;
}

type PolicyCache = Map<number, Promise<ActivePolicy>>;

/** Incidents of one period mostly share a policy version: each version is read once. */
function policyOf(src: KpiSources, version: number, cache: PolicyCache): Promise<ActivePolicy> {
  let found = cache.get(version);
  if (!found) {
    found = src.store.getPolicy(version).then((p) => p ?? src.store.currentPolicy());
    cache.set(version, found);
  }
  return found;
}

async function measure(src: KpiSources, incident: Incident, policies: PolicyCache = new Map()): Promise<IncidentKpis> {
  const policy = await policyOf(src, incident.policyVersion, policies);
  const links = await src.helpdesk.listLinks({ incidentId: incident.id, states: ["linked"] });
  const tickets = links.length ? await src.helpdesk.getTickets(links.map((l) => l.ticketId)) : [];
  const publications = [];
  for (const p of (await src.delivery?.incidentPublications(incident.id)) ?? []) {
    const progress = await src.delivery!.progress(p.id);
    if (progress) publications.push(progress);
  }
  return incidentKpis({
    incident,
    policy: policy.document,
    ticketTimes: tickets.map((t) => t.createdAt),
    publications,
    now: src.now,
  });
}

export async function kpisOfIncident(src: KpiSources, incidentId: string): Promise<IncidentKpis> {
  const incident = await src.store.getIncident(incidentId);
  if (!incident) throw notFound("incident", incidentId);
  return measure(src, incident);
}

/** Every incident declared in [from, to), oldest first, and the period's totals. */
export async function kpisOfPeriod(
  src: KpiSources,
  from: Date,
  to: Date,
): Promise<{ period: PeriodKpis; incidents: IncidentKpis[] }> {
  const incidents = (await src.store.listIncidents({ since: from, limit: 5_000 }))
    .filter((i) => i.declaredAt >= from && i.declaredAt < to)
    .sort((a, b) => a.declaredAt.getTime() - b.declaredAt.getTime());
  const measured: IncidentKpis[] = [];
  const policies: PolicyCache = new Map();
  for (const i of incidents) measured.push(await measure(src, i, policies));
  return { period: periodKpis(from, to, measured), incidents: measured };
}
