import type { Incident } from "../incidents/model";
import type { PolicyDocument } from "../policy/document";
import type { ChannelClicks, ChannelDelivery, HourOfTickets, IncidentKpis } from "./model";

const minute = 60_000;
const hour = 3_600_000;

export interface IncidentFacts {
  incident: Incident;
  /** The policy the incident was declared under. */
  policy: PolicyDocument;
  /** Creation times of the help-desk tickets linked to it. */
  ticketTimes: readonly Date[];
  /** Per-channel delivery counts and clicks of each of its publications. */
  publications: readonly {
    channels: Record<string, Partial<Record<string, number>>>;
    clicks: Record<string, ChannelClicks>;
  }[];
  now: Date;
}

export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 100 : null);

/** Public updates oldest first; the declaration's message is the first. */
const publicUpdates = (incident: Incident) =>
  [...incident.updates].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

function cadence(incident: Incident, cadenceMinutes: number | null, now: Date): IncidentKpis["cadence"] {
  if (cadenceMinutes === null) return { cadenceMinutes, intervals: 0, onTime: 0, percentOnTime: null };
  const times = publicUpdates(incident).map((u) => u.createdAt.getTime());
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  // An open incident already past its next update counts that missing update as late.
  const last = times.at(-1);
  if (!incident.resolvedAt && last !== undefined && now.getTime() - last > cadenceMinutes * minute)
    gaps.push(now.getTime() - last);
  const onTime = gaps.filter((g) => g <= cadenceMinutes * minute).length;
  return { cadenceMinutes, intervals: gaps.length, onTime, percentOnTime: percent(onTime, gaps.length) };
}

function perHour(incident: Incident, ticketTimes: readonly Date[], now: Date): HourOfTickets[] {
  const start = Math.floor(incident.impactStartAt.getTime() / hour) * hour;
  const end = (incident.resolvedAt ?? now).getTime();
  const hours: HourOfTickets[] = [];
  for (let t = start; t <= end; t += hour) hours.push({ hour: new Date(t), tickets: 0, updates: 0 });
  const bucket = (at: Date) => hours[Math.floor((at.getTime() - start) / hour)];
  for (const at of ticketTimes) {
    const b = bucket(at);
    if (b) b.tickets++;
  }
  for (const u of incident.updates) {
    const b = bucket(u.createdAt);
    if (b) b.updates++;
  }
  return hours;
}

export function addDelivery(
  into: Record<string, ChannelDelivery>,
  channel: string,
  counts: Partial<Record<string, number>>,
) {
  into[channel] ??= { sent: 0, failed: 0, pending: 0, successRate: null };
  const d = into[channel];
  d.sent += counts.sent ?? 0;
  d.failed += (counts.failed ?? 0) + (counts.bounced ?? 0) + (counts.dead ?? 0);
  d.pending += counts.queued ?? 0;
  d.successRate = percent(d.sent, d.sent + d.failed);
}

export function addClicks(into: Record<string, ChannelClicks>, channel: string, clicks: ChannelClicks) {
  into[channel] ??= { recipients: 0, total: 0 };
  const c = into[channel];
  c.recipients += clicks.recipients;
  c.total += clicks.total;
}

export function incidentKpis(f: IncidentFacts): IncidentKpis {
  const { incident, policy } = f;
  const rules = policy.severities[incident.severity];
  const first = publicUpdates(incident)[0];
  const firstMinutes = first ? (first.createdAt.getTime() - incident.detectedAt.getTime()) / minute : null;
  const deadline = rules.firstUpdateWithinMinutes;
  const before = first ? f.ticketTimes.filter((t) => t < first.createdAt).length : f.ticketTimes.length;
  const delivery: Record<string, ChannelDelivery> = {};
  const clicks: Record<string, ChannelClicks> = {};
  for (const p of f.publications) {
    for (const [channel, counts] of Object.entries(p.channels)) addDelivery(delivery, channel, counts);
    for (const [channel, c] of Object.entries(p.clicks)) addClicks(clicks, channel, c);
  }
  return {
    incidentId: incident.id,
    title: incident.title,
    severity: incident.severity,
    declaredAt: incident.declaredAt,
    resolvedAt: incident.resolvedAt,
    firstUpdate: {
      minutes: firstMinutes === null ? null : Math.round(firstMinutes * 100) / 100,
      deadlineMinutes: deadline,
      onTime: firstMinutes === null || deadline === null ? null : firstMinutes <= deadline,
    },
    cadence: cadence(incident, rules.updateCadenceMinutes, f.now),
    tickets: {
      linked: f.ticketTimes.length,
      beforeFirstNotice: before,
      afterFirstNotice: f.ticketTimes.length - before,
      perHour: perHour(incident, f.ticketTimes, f.now),
    },
    clicks,
    delivery,
  };
}
