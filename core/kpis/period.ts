import { severities } from "../incidents/model";
import { addClicks, addDelivery, percent } from "./incident";
import type { ChannelClicks, ChannelDelivery, IncidentKpis, PeriodKpis } from "./model";

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Folds per-incident measures into one period's. */
export function periodKpis(from: Date, to: Date, incidents: readonly IncidentKpis[]): PeriodKpis {
  const bySeverity = Object.fromEntries(severities.map((s) => [s, 0])) as PeriodKpis["bySeverity"];
  const firstMinutes: number[] = [];
  let firstOnTime = 0;
  let intervals = 0;
  let cadenceOnTime = 0;
  const tickets = { linked: 0, beforeFirstNotice: 0, afterFirstNotice: 0 };
  const clicks: Record<string, ChannelClicks> = {};
  const delivery: Record<string, ChannelDelivery> = {};
  for (const k of incidents) {
    bySeverity[k.severity]++;
    if (k.firstUpdate.minutes !== null && k.firstUpdate.onTime !== null) {
      firstMinutes.push(k.firstUpdate.minutes);
      if (k.firstUpdate.onTime) firstOnTime++;
    }
    intervals += k.cadence.intervals;
    cadenceOnTime += k.cadence.onTime;
    tickets.linked += k.tickets.linked;
    tickets.beforeFirstNotice += k.tickets.beforeFirstNotice;
    tickets.afterFirstNotice += k.tickets.afterFirstNotice;
    for (const [channel, c] of Object.entries(k.clicks)) addClicks(clicks, channel, c);
    for (const [channel, d] of Object.entries(k.delivery))
      addDelivery(delivery, channel, { sent: d.sent, failed: d.failed, queued: d.pending });
  }
  return {
    from,
    to,
    incidents: incidents.length,
    bySeverity,
    firstUpdate: {
      medianMinutes: median(firstMinutes),
      measured: firstMinutes.length,
      onTime: firstOnTime,
      percentOnTime: percent(firstOnTime, firstMinutes.length),
    },
    cadence: { intervals, onTime: cadenceOnTime, percentOnTime: percent(cadenceOnTime, intervals) },
    tickets: { ...tickets, perIncident: incidents.length ? tickets.linked / incidents.length : null },
    clicks,
    delivery,
  };
}
