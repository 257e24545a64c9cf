import type { Incident } from "../incidents/model";
import type { PolicyDocument } from "./document";
import { nextUpdateDue } from "./severity-matrix";

/** An open incident with no ETA past this long is an extended outage (policy.extendedOutage). */
export function isExtendedOutage(incident: Incident, policy: PolicyDocument, now: Date): boolean {
  return (
    incident.phase !== "resolved" &&
    !incident.etaAt &&
    now.getTime() - incident.declaredAt.getTime() >= policy.extendedOutage.afterMinutes * 60_000
  );
}

/** The first-update deadline, counted from detection, and whether the first public update met it. */
export function firstUpdateTimer(
  incident: Incident,
  policy: PolicyDocument,
): { dueAt: Date | null; sentAt: Date | null; late: boolean } {
  const within = policy.severities[incident.severity].firstUpdateWithinMinutes;
  const dueAt = within === null ? null : new Date(incident.detectedAt.getTime() + within * 60_000);
  const sentAt = incident.updates.at(-1)?.createdAt ?? null;
  return { dueAt, sentAt, late: dueAt !== null && sentAt !== null && sentAt > dueAt };
}

/**
 * When the next public update is owed: the first-update deadline from detection, then the
 * severity's cadence from the last public update, tightened during an extended outage.
 */
export function nextUpdateDueFor(incident: Incident, policy: PolicyDocument, now: Date): Date | null {
  if (incident.phase === "resolved") return null;
  const rule = policy.severities[incident.severity];
  const last = incident.updates[0]?.createdAt ?? null;
  const due = nextUpdateDue(rule, last, incident.detectedAt);
  if (!isExtendedOutage(incident, policy, now) || !last) return due;
  const tight = new Date(last.getTime() + policy.extendedOutage.cadenceMinutes * 60_000);
  return due && due < tight ? due : tight;
}

/** When the public post-incident summary of a resolved incident is due, if the policy asks for one. */
export function summaryDueAt(incident: Incident, policy: PolicyDocument): Date | null {
  const rule = policy.severities[incident.severity].postMortem;
  if (rule.visibility !== "public" || !rule.withinHours || !incident.resolvedAt) return null;
  return new Date(incident.resolvedAt.getTime() + rule.withinHours * 3_600_000);
}
