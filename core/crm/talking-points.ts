import type { Component } from "../components/model";
import type { Incident } from "../incidents/model";

/** What a CSM can say on the phone: what is affected, where, the latest public words and the ETA. Pure. */
export function talkingPoints(incident: Incident, components: readonly Component[]): string[] {
  const ids = new Set(incident.components.map((c) => c.componentId));
  const names = components.filter((c) => ids.has(c.id)).map((c) => c.name);
  const points = [
    `Affected: ${names.length ? names.join(", ") : "see the status page"}${incident.regions.length ? ` in ${incident.regions.join(", ")}` : ""}.`,
  ];
  const latest = incident.updates[0];
  if (latest) points.push(`Latest public update (${latest.phase}): ${latest.body}`);
  points.push(incident.etaAt ? `Expected back by ${incident.etaAt.toISOString()}.` : "No ETA yet: do not promise one.");
  if (incident.phase === "resolved") points.push("Resolved: offer a follow-up and point to the post-incident summary.");
  return points;
}
