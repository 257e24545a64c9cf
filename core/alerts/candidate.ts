import type { Reminder } from "../comms/model";
import type { PeakHours } from "../policy/suggest-severity";
import { suggestSeverity } from "../policy/suggest-severity";
import { type Candidate, groupKeyOf, type StoredSignal } from "./model";

/** The impact inputs of a candidate: the widest reach and every flag any of its live signals raises. */
function mergedImpact(signals: readonly StoredSignal[]) {
  const live = signals.some((s) => s.status === "firing") ? signals.filter((s) => s.status === "firing") : signals;
  const out = {
    customersAffectedPercent: 0,
    dataLossRisk: false,
    securityExposure: false,
    coreFunctionDown: false,
    workaroundExists: false,
    cosmeticOnly: false,
  };
  for (const s of live) {
    const i = s.impact;
    out.customersAffectedPercent = Math.max(out.customersAffectedPercent, i.customersAffectedPercent ?? 0);
    out.dataLossRisk ||= i.dataLossRisk ?? false;
    out.securityExposure ||= i.securityExposure ?? false;
    out.coreFunctionDown ||= i.coreFunctionDown ?? false;
  }
  // A workaround or a cosmetic problem only lowers severity when every live signal says so.
  out.workaroundExists = live.length > 0 && live.every((s) => s.impact.workaroundExists);
  out.cosmeticOnly = live.length > 0 && live.every((s) => s.impact.cosmeticOnly);
  return out;
}

const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

/** Recomputes what a candidate shows from all of its signals. */
export function summarise(
  candidate: Candidate,
  signals: readonly StoredSignal[],
  peak: PeakHours,
  now: Date,
): Candidate {
  const ordered = [...signals].sort((a, b) => a.firstFiredAt.getTime() - b.firstFiredAt.getTime());
  const first = ordered[0];
  const regions = unique(ordered.flatMap((s) => s.regions));
  const suggestion = suggestSeverity({ ...mergedImpact(ordered), regions, at: candidate.firstSignalAt }, peak);
  const firing = ordered.filter((s) => s.status === "firing").length;
  return {
    ...candidate,
    title: first
      ? ordered.length > 1
        ? `${first.title} (+${ordered.length - 1} more)`
        : first.title
      : candidate.title,
    sources: unique(ordered.map((s) => s.source)),
    components: unique(ordered.flatMap((s) => s.components)),
    regions,
    groupKeys: unique(ordered.map(groupKeyOf).filter((k): k is string => k !== null)),
    suggestedSeverity: candidate.status === "open" ? suggestion.severity : candidate.suggestedSeverity,
    reasons: candidate.status === "open" ? suggestion.reasons : candidate.reasons,
    lastSignalAt: new Date(
      ordered.reduce((at, s) => Math.max(at, s.lastChangeAt.getTime()), candidate.lastSignalAt.getTime()),
    ),
    firing,
    total: ordered.length,
    allResolvedAt: firing ? null : candidate.allResolvedAt,
    updatedAt: now,
  };
}

/** The prompt a commander gets when a confirmed incident's alerts have all resolved; Liaison resolves nothing itself. */
export function resolvedPrompt(candidate: Candidate, now: Date): Reminder {
  const incidentId = candidate.incidentId!;
  return {
    id: `rem_${incidentId}_signals_resolved_${now.getTime()}`,
    incidentId,
    kind: "signals_resolved",
    dueAt: now,
    createdAt: now,
    held: false,
    message:
      `All ${candidate.total} monitoring alert(s) behind "${candidate.title}" (${incidentId}) have resolved. ` +
      "Check the fix and post a monitoring update; Liaison never resolves an incident publicly by itself.",
  };
}
