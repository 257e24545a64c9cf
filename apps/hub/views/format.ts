import type { ComponentStatus } from "#core/components/model";
import type { IncidentPhase } from "#core/incidents/model";
import type { MaintenanceStatus } from "#core/maintenance/model";

export const statusLabel: Record<ComponentStatus, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

export const phaseLabel: Record<IncidentPhase | MaintenanceStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
  cancelled: "Cancelled",
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, kind: "time" | "day"): Intl.DateTimeFormat {
  const key = `${timeZone}|${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === "time"
        ? new Intl.DateTimeFormat("en-GB", {
            timeZone,
            day: "numeric",
            month: "short",
            year: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            timeZoneName: "short",
          })
        : new Intl.DateTimeFormat("en-GB", {
            timeZone,
            weekday: "short",
            day: "numeric",
            month: "long",
            year: "numeric",
          });
    formatters.set(key, f);
  }
  return f;
}

/** "20 Nov 2026, 10:00 UTC" in the page's time zone, with the zone named. */
export const formatTime = (d: Date, timeZone: string) => formatter(timeZone, "time").format(d);
/** "Fri, 20 November 2026" in the page's time zone. */
export const formatDay = (d: Date, timeZone: string) => formatter(timeZone, "day").format(d);

/** The calendar day (YYYY-MM-DD) of a moment in a time zone. */
export function dayKey(d: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
  return parts;
}

export const percent = (x: number) => `${(Math.floor(x * 10000) / 100).toFixed(2)}%`;
