import type { Incident } from "../incidents/model";
import type { AlertRequest } from "../ports/crm";
import type { Account } from "./model";

export interface AlertTexts {
  statusPageUrl: string;
  nextUpdateAt: Date | null;
  talkingPoints: string[];
}

/** Subject of a CSM alert: severity and title, with the phase so a change is visible in the CRM list. */
export const alertSubject = (incident: Pick<Incident, "severity" | "title" | "phase">) =>
  `[${incident.severity}] ${incident.title} (${incident.phase})`.slice(0, 255);

/** Description: status page link, talking points and the next update time. Pure. */
export function alertDescription(incident: Pick<Incident, "id" | "severity" | "phase">, t: AlertTexts): string {
  return [
    `Liaison incident ${incident.id}, ${incident.severity}, now ${incident.phase}.`,
    `Status page: ${t.statusPageUrl}`,
    t.nextUpdateAt ? `Next update due: ${t.nextUpdateAt.toISOString()}` : "No further update scheduled.",
    "Talking points:",
    ...t.talkingPoints.map((p) => `- ${p}`),
  ].join("\n");
}

export const alertKey = (incidentId: string, accountId: string) => `${incidentId}:${accountId}`;

/** One alert request per account to call, due at the next update (or now). */
export function alertRequests(
  incident: Incident,
  accounts: readonly Account[],
  t: AlertTexts,
  now: Date,
): AlertRequest[] {
  return accounts.map((a) => ({
    key: alertKey(incident.id, a.id),
    accountExternalId: a.externalId,
    ownerId: a.owner?.id ?? null,
    subject: alertSubject(incident),
    description: alertDescription(incident, t),
    dueAt: t.nextUpdateAt ?? now,
  }));
}
