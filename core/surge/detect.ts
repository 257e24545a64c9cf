import { median, poissonUpperTail } from "./poisson";

/** Ticket counts for one series (total, a component, a keyword or an organisation), one per hour. */
export interface HourlyCounts {
  /** Start of each hour → tickets created in it. */
  counts: Map<number, number>;
}

export interface SurgeSettings {
  /** Minutes of recent tickets tested against the baseline. */
  windowMinutes: number;
  /** Fewer tickets than this never make a surge, however quiet the baseline. */
  minCount: number;
  /** How unlikely the count must be under the baseline. */
  pValue: number;
  /** Weeks of history the hour-of-week baseline looks back on. */
  weeks: number;
  /** The lowest hourly rate assumed, so a silent slot does not make two tickets a surge. */
  floorPerHour: number;
}
export const defaultSurgeSettings: SurgeSettings = {
  windowMinutes: 15,
  minCount: 8,
  pValue: 1e-4,
  weeks: 4,
  floorPerHour: 1,
};

const hourMs = 3_600_000;
const weekMs = 7 * 24 * hourMs;

/** The expected tickets per hour at this hour of the week: the median of the same hour in past weeks. */
export function hourOfWeekBaseline(series: HourlyCounts, at: Date, s: SurgeSettings = defaultSurgeSettings): number {
  const hour = Math.floor(at.getTime() / hourMs) * hourMs;
  const samples = Array.from({ length: s.weeks }, (_, w) => series.counts.get(hour - (w + 1) * weekMs) ?? 0);
  return Math.max(s.floorPerHour, median(samples));
}

export interface SurgeVerdict {
  surge: boolean;
  observed: number;
  expected: number;
  pValue: number;
}

/** Whether `observed` tickets in the last window are a surge against the hour-of-week baseline (Poisson tail). */
export function testSurge(
  series: HourlyCounts,
  observed: number,
  at: Date,
  s: SurgeSettings = defaultSurgeSettings,
): SurgeVerdict {
  const expected = (hourOfWeekBaseline(series, at, s) * s.windowMinutes) / 60;
  const p = poissonUpperTail(observed, expected);
  return { surge: observed >= s.minCount && p < s.pValue, observed, expected, pValue: p };
}
