import type { componentsJson, incidentJson, maintenanceJson, pageJson } from "#apps/hub/routes/public/statuspage";
import type { StatusSnapshot } from "#core/status/snapshot";

type Page = { page: ReturnType<typeof pageJson> };
type Status = { status: StatusSnapshot["status"] };
type Components = { components: ReturnType<typeof componentsJson> };
type Incidents = { incidents: ReturnType<typeof incidentJson>[] };
type Maintenances = { scheduled_maintenances: ReturnType<typeof maintenanceJson>[] };

/** The Statuspage v2 JSON documents, read from the builders `apps/hub/routes/public/v2.ts` serves. */
export interface StatuspageV2 {
  "/api/v2/summary.json": Page & Components & Incidents & Maintenances & Status;
  "/api/v2/status.json": Page & Status;
  "/api/v2/components.json": Page & Components;
  "/api/v2/incidents/unresolved.json": Page & Incidents;
  "/api/v2/incidents.json": Page & Incidents;
  "/api/v2/scheduled-maintenances.json": Page & Maintenances;
  "/api/v2/scheduled-maintenances/upcoming.json": Page & Maintenances;
  "/api/v2/scheduled-maintenances/active.json": Page & Maintenances;
}

/** Any one of them: the page, and whichever lists and status its path serves. */
export type StatuspageDocument = Page & Partial<Components & Incidents & Maintenances & Status>;
