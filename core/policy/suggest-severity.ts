import { z } from "zod";
import type { Severity } from "../incidents/model";

export const ImpactInputs = z.strictObject({
  /** Share of customers affected, 0–100. */
  customersAffectedPercent: z.number().min(0).max(100),
  dataLossRisk: z.boolean().default(false),
  securityExposure: z.boolean().default(false),
  coreFunctionDown: z.boolean().default(false),
  workaroundExists: z.boolean().default(false),
  cosmeticOnly: z.boolean().default(false),
  regions: z.array(z.string()).default([]),
  /** When the impact is happening; compared with the peak-hours rule. */
  at: z.date().optional(),
});
export type ImpactInputs = z.infer<typeof ImpactInputs>;

/** Intl also takes aliases (US/Pacific); the document lists the canonical names. */
const isTimeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
};
const TimeZone = z
  .string()
  .refine(isTimeZone, "Not a time zone: use an IANA name such as Europe/Paris.")
  .meta({ enum: ["Etc/UTC", "UTC", ...Intl.supportedValuesOf("timeZone")] });

export const PeakHours = z.strictObject({
  timeZone: TimeZone,
  /** Local hours [start, end) on weekdays 1–5 (Mon–Fri) when an outage counts one level higher. */
  startHour: z.number().int().min(0).max(23),
  endHour: z.number().int().min(1).max(24),
  weekdaysOnly: z.boolean(),
});
export type PeakHours = z.infer<typeof PeakHours>;

export const defaultPeakHours: PeakHours = { timeZone: "Etc/UTC", startHour: 8, endHour: 20, weekdaysOnly: true };

// Building an Intl.DateTimeFormat costs far more than using one; alert intake asks on every delivery.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23", weekday: "short" });
    if (formats.size > 32) formats.clear();
    formats.set(timeZone, f);
  }
  return f;
}

function isPeak(at: Date, peak: PeakHours): boolean {
  const parts = formatFor(peak.timeZone).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === "hour")!.value);
  const weekday = parts.find((p) => p.type === "weekday")!.value;
  if (peak.weekdaysOnly && (weekday === "Sat" || weekday === "Sun")) return false;
  return hour >= peak.startHour && hour < peak.endHour;
}

const order: Severity[] = ["P1", "P2", "P3", "P4"];

/**
 * A suggested severity with the reasons behind it, following the default matrix: security, data
 * loss or more than 25% of customers → P1; a core function down or 10–25% → P2; under 10% → P3;
 * cosmetic or with a workaround → P4. Off-peak, a P1 that rests only on reach drops to P2. The
 * commander decides.
 */
export function suggestSeverity(
  input: ImpactInputs,
  peak: PeakHours = defaultPeakHours,
): { severity: Severity; reasons: string[] } {
  const reasons: string[] = [];
  let severity: Severity;
  const pct = input.customersAffectedPercent;
  if (input.securityExposure || input.dataLossRisk) {
    severity = "P1";
    if (input.securityExposure) reasons.push("Security exposure is always critical.");
    if (input.dataLossRisk) reasons.push("Risk of data loss is always critical.");
  } else if (pct > 25) {
    severity = "P1";
    reasons.push(`${pct}% of customers affected (more than 25%).`);
  } else if (input.coreFunctionDown || pct >= 10) {
    severity = "P2";
    reasons.push(input.coreFunctionDown ? "A core function is down." : `${pct}% of customers affected (10–25%).`);
  } else if (input.cosmeticOnly || input.workaroundExists) {
    severity = "P4";
    reasons.push(input.cosmeticOnly ? "The problem is cosmetic." : "A workaround exists.");
  } else {
    severity = "P3";
    reasons.push(`${pct}% of customers affected (under 10%).`);
  }
  if (input.at && severity !== "P4" && !input.securityExposure && !input.dataLossRisk) {
    const peakNow = isPeak(input.at, peak);
    if (!peakNow && severity === "P1") {
      severity = "P2";
      reasons.push("Off-peak hours: one level lower than the same outage at peak.");
    } else if (peakNow && input.coreFunctionDown && severity === "P2") {
      severity = order[order.indexOf(severity) - 1]!;
      reasons.push("A core function is down during peak hours: one level higher.");
    }
  }
  if (input.regions.length) reasons.push(`Limited to ${input.regions.join(", ")}: notify only these regions.`);
  return { severity, reasons };
}
