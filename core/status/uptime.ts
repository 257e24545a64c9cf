import type { ComponentStatus } from "../components/model";
import type { Incident } from "../incidents/model";
import type { Maintenance } from "../maintenance/model";

export interface UptimeDay {
  /** UTC date, YYYY-MM-DD. */
  date: string;
  /** Share of the day without downtime, 0–1. */
  uptime: number;
  worst: ComponentStatus;
  incidentIds: string[];
  maintenance: boolean;
  /** False for days before the component existed: they show no data rather than a clean day. */
  tracked: boolean;
}

const dayMs = 86_400_000;
/** A partial outage counts as 30% down, a major outage as fully down, degradation as up. */
const downWeight: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};
const severityRank: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

interface Segment {
  from: number;
  to: number;
  status: ComponentStatus;
  incidentId: string;
}

/** The status a component had through an incident, as intervals built from the update timeline. */
export function componentSegments(incident: Incident, componentId: string, now: Date): Segment[] {
  const timeline = [...incident.updates].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const end = (incident.impactEndAt ?? incident.resolvedAt ?? now).getTime();
  const out: Segment[] = [];
  let status: ComponentStatus = "operational";
  let since = incident.impactStartAt.getTime();
  for (const u of timeline) {
    const change = u.componentChanges.find((c) => c.componentId === componentId);
    if (!change) continue;
    const at = Math.max(u.createdAt.getTime(), incident.impactStartAt.getTime());
    if (status !== "operational" && at > since)
      out.push({ from: since, to: Math.min(at, end), status, incidentId: incident.id });
    status = change.to;
    since = at;
  }
  if (status !== "operational" && end > since) out.push({ from: since, to: end, status, incidentId: incident.id });
  return out;
}

/** Per-day uptime for one component over the last `days` days, ending today (UTC), from the day it was `since`. */
export function uptimeBars(
  componentId: string,
  incidents: readonly Incident[],
  maintenances: readonly Maintenance[],
  now: Date,
  days = 90,
  since?: Date,
): UptimeDay[] {
  const firstDay = since ? Math.floor(since.getTime() / dayMs) * dayMs : Number.NEGATIVE_INFINITY;
  const today = Math.floor(now.getTime() / dayMs) * dayMs;
  const start = today - (days - 1) * dayMs;
  const segments = incidents.flatMap((i) => componentSegments(i, componentId, now));
  const bars: UptimeDay[] = [];
  for (let d = start; d <= today; d += dayMs) {
    const dayEnd = d + dayMs;
    let down = 0;
    let worst: ComponentStatus = "operational";
    const ids = new Set<string>();
    for (const s of segments) {
      const overlap = Math.min(s.to, dayEnd) - Math.max(s.from, d);
      if (overlap <= 0) continue;
      down += overlap * downWeight[s.status];
      if (severityRank[s.status] > severityRank[worst]) worst = s.status;
      ids.add(s.incidentId);
    }
    const maintenance = maintenances.some(
      (m) =>
        m.componentIds.includes(componentId) &&
        m.startedAt &&
        m.startedAt.getTime() < dayEnd &&
        (m.completedAt ?? now).getTime() > d,
    );
    bars.push({
      date: new Date(d).toISOString().slice(0, 10),
      uptime: Math.max(0, 1 - down / dayMs),
      worst,
      incidentIds: [...ids],
      maintenance,
      tracked: d >= firstDay,
    });
  }
  return bars;
}

/** Uptime over the tracked days of the range, weighting every day equally. */
export function overallUptime(bars: readonly UptimeDay[]): number {
  const tracked = bars.filter((b) => b.tracked);
  return tracked.length ? tracked.reduce((sum, b) => sum + b.uptime, 0) / tracked.length : 1;
}
