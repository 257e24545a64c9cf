import { type AlertSyncReport, syncAlerts } from "#core/crm/alert-sync";
import { refreshOutreach } from "#core/crm/outreach-list";
import { talkingPoints } from "#core/crm/talking-points";
import { nextUpdateDueFor } from "#core/policy/cadence";
import type { DomainEvent } from "#core/ports/store";
import type { Services } from "../services";
import { crmsFor } from "../wiring/drills";

/** Refreshes the outreach list and the CSM alerts of one incident; the unit both events and the API use. */
export async function refreshIncidentCrm(services: Services, incidentId: string): Promise<AlertSyncReport | null> {
  const crm = services.crm;
  const incident = await services.store.getIncident(incidentId);
  if (!crm || !incident) return null;
  const components = await services.store.listComponents();
  const view = await refreshOutreach({ crm: crm.store, incident, components });
  if (!crm.connectors.length) return null;
  const policy = await services.store.currentPolicy();
  const now = services.clock.now();
  return syncAlerts({
    crms: crmsFor(services.drills, crm.connectors, incident),
    store: crm.store,
    incident,
    accounts: view.call,
    now,
    texts: {
      statusPageUrl: `${services.page.url}/incidents/${incident.id}`,
      nextUpdateAt: nextUpdateDueFor(incident, policy.document, now),
      talkingPoints: talkingPoints(incident, components),
    },
  });
}

/**
 * Reacts to incident events from the outbox: every incident they touch gets its outreach list and
 * alerts refreshed. A CRM failure is logged (messages carry no secrets) and never blocks the drain;
 * the alert keys make the next attempt safe.
 */
export async function handleCrmEvents(services: Services, events: readonly DomainEvent[]): Promise<void> {
  const ids = new Set(events.filter((e) => e.type.startsWith("incident.")).map((e) => e.subjectId));
  for (const id of ids) {
    try {
      const report = await refreshIncidentCrm(services, id);
      if (report)
        console.log(
          JSON.stringify({
            level: report.failed.length ? "warn" : "info",
            msg: "crm alerts",
            incident: id,
            created: report.created,
            updated: report.updated,
            completed: report.completed,
            failed: report.failed.length,
          }),
        );
    } catch (err) {
      console.error(
        JSON.stringify({
          level: "error",
          msg: "crm alerts failed",
          incident: id,
          error: err instanceof Error ? err.message : "unknown",
        }),
      );
    }
  }
}
