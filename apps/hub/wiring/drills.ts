import { capturingCrm } from "#core/drills/capture-crm";
import { capturingDesk } from "#core/drills/capture-desk";
import { capturingSender } from "#core/drills/capture-senders";
import type { CaptureSink, CaptureStore } from "#core/drills/model";
import type { Incident } from "#core/incidents/model";
import type { Crm } from "#core/ports/crm";
import type { HelpDesk } from "#core/ports/helpdesk";
import type { Notifier, Publication } from "#core/ports/notifier";
import type { Store } from "#core/ports/store";
import type { Clock } from "#core/shared/clock";
import type { IdGenerator } from "#core/shared/ids";

/**
 * The one place a drill's sends are diverted: each port gets a capturing adapter when the incident
 * is a drill, and the real one otherwise. Nothing else in the hub asks whether an incident is a drill
 * before sending.
 */
export interface DrillWiring {
  captures: CaptureStore;
  clock: Clock;
  newId: IdGenerator;
}

export const captureSink = (w: DrillWiring, incidentId: string): CaptureSink => ({
  store: w.captures,
  incidentId,
  now: () => w.clock.now(),
  newId: () => w.newId("capture"),
});

/** The id of the drill a publication is about, or null for a real incident, maintenance or alert. */
const drillOf = async (store: Pick<Store, "getIncident">, incidentId: string | null) =>
  incidentId && (await store.getIncident(incidentId))?.drill ? incidentId : null;

/** Publications about a drill go through `drill` (its internal alerts captured); the rest through `real`. */
export function drillAwareNotifier(
  store: Pick<Store, "getIncident">,
  real: Notifier,
  drill: (incidentId: string) => Notifier,
): Notifier {
  return {
    async notify(p: Publication) {
      const id = await drillOf(store, p.incidentId);
      await (id ? drill(id) : real).notify(p);
    },
  };
}

/** Internal alert senders that capture, for one drill. */
export const capturingInternalSenders = (w: DrillWiring, incidentId: string) => {
  const sink = async () => captureSink(w, incidentId);
  return {
    slack: capturingSender(sink, "internal_alert"),
    teams: capturingSender(sink, "internal_alert"),
    email: capturingSender(sink, "internal_alert"),
  };
};

/** The help desk for an incident's work: a capturing one for a drill. */
export const helpDeskFor =
  (w: DrillWiring, real: HelpDesk) =>
  (incident: Incident): HelpDesk =>
    incident.drill ? capturingDesk(captureSink(w, incident.id)) : real;

/** The CRM connectors an incident's CSM alerts go to: capturing ones for a drill. */
export const crmsFor = (w: DrillWiring, connectors: Crm[], incident: Incident): Crm[] =>
  incident.drill ? connectors.map((c) => capturingCrm(c, captureSink(w, incident.id))) : connectors;
