import { subscriberChannels } from "../delivery/model";
import type { IncidentKpis } from "./model";

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : String(v);
  // Quoted when needed, and a leading formula character is defused for spreadsheets.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const channelColumns = subscriberChannels.flatMap((c) => [`${c}_sent`, `${c}_failed`, `${c}_clicks`]);

export const kpiCsvHeader = [
  "incident_id",
  "title",
  "severity",
  "declared_at",
  "resolved_at",
  "first_update_minutes",
  "first_update_deadline_minutes",
  "first_update_on_time",
  "cadence_minutes",
  "cadence_intervals",
  "cadence_on_time",
  "cadence_percent_on_time",
  "tickets_linked",
  "tickets_before_first_notice",
  "tickets_after_first_notice",
  ...channelColumns,
];

/** One row per incident, one column per measure: a flat table a data warehouse loads as it is. */
export function kpiCsv(incidents: readonly IncidentKpis[]): string {
  const rows = incidents.map((k) => [
    k.incidentId,
    k.title,
    k.severity,
    k.declaredAt,
    k.resolvedAt,
    k.firstUpdate.minutes,
    k.firstUpdate.deadlineMinutes,
    k.firstUpdate.onTime,
    k.cadence.cadenceMinutes,
    k.cadence.intervals,
    k.cadence.onTime,
    k.cadence.percentOnTime,
    k.tickets.linked,
    k.tickets.beforeFirstNotice,
    k.tickets.afterFirstNotice,
    ...subscriberChannels.flatMap((c) => [
      k.delivery[c]?.sent ?? 0,
      k.delivery[c]?.failed ?? 0,
      k.clicks[c]?.total ?? 0,
    ]),
  ]);
  return `${[kpiCsvHeader, ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
