/** The hub's answer to GET /api/v1/helpdesk/tickets/{ticketId}/context. */
export interface TicketContext {
  ticketId: string;
  incidents: IncidentContext[];
  account: { name: string; tier: string | null; csm: { name: string; email: string | null } | null } | null;
}

export type Severity = "P1" | "P2" | "P3" | "P4";
export type Phase = "investigating" | "identified" | "monitoring" | "resolved";

export interface IncidentContext {
  id: string;
  title: string;
  severity: Severity;
  phase: Phase;
  url: string;
  link: {
    /** "unlinked" never comes from the hub: the app keeps an incident the agent just unlinked, to link it back. */
    state: "linked" | "suggested" | "unlinked";
    mode: "auto" | "manual" | null;
    linkedBy: string | null;
    linkedAt: string | null;
    score: number | null;
    reasons: string[];
  };
  latestUpdate: { body: string; phase: string; at: string } | null;
  nextUpdateDueAt: string | null;
  reply: { locale: string; text: string } | null;
  autoClose: { state: "will_solve" | "solved" | "kept_open"; reason: string | null } | null;
}
