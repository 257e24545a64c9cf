import type { Incident } from "../incidents/model";
import type { Thresholds } from "../matching/rules";
import type { HelpDesk, HelpdeskStore } from "../ports/helpdesk";
import type { Ctx } from "../shared/context";

export interface DeskSettings {
  thresholds: Thresholds;
  /** Post an internal note on tickets Liaison only suggests. */
  suggestNotes: boolean;
  /** Post the approved reply publicly on linked tickets (never for the policy's human-only tiers). */
  publicReply: boolean;
  /** A ticket custom field that receives the incident id, if the account has one. */
  incidentFieldId: string | null;
  defaultLocale: string;
}

export const defaultDeskSettings: DeskSettings = {
  thresholds: { link: 0.7, suggest: 0.4 },
  suggestNotes: false,
  publicReply: false,
  incidentFieldId: null,
  defaultLocale: "en",
};

/** A CRM account as the help desk needs it: who the customer is and who looks after them. */
export interface DeskAccount {
  name: string;
  tier: string;
  regions: string[];
  csm: { name: string; email: string | null } | null;
}

/** Maps a ticket's organisation to a CRM account, when a CRM connector has synced accounts. */
export type AccountLookup = (o: {
  organizationId: string | null;
  organizationName: string | null;
}) => Promise<DeskAccount | null>;

/** What the help-desk use cases work with. */
export interface DeskDeps {
  accounts?: AccountLookup;
  ctx: Ctx;
  desk: HelpDesk;
  /** The wiring's choice of help desk per incident (a drill gets a capturing one); `desk` when absent. */
  helpDeskFor?: (incident: Incident) => HelpDesk;
  store: HelpdeskStore;
  page: { url: string; name: string };
  settings: DeskSettings;
}

/** The help desk an incident's work goes to. */
export const helpDeskOf = <D extends HelpDesk | null>(
  deps: { desk: D; helpDeskFor?: (incident: Incident) => HelpDesk },
  incident: Incident,
): D | HelpDesk => (deps.desk ? (deps.helpDeskFor?.(incident) ?? deps.desk) : deps.desk);
