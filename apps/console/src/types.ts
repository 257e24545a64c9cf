/** The shapes of the /api/v1 answers the console reads (see /api/v1/openapi.json for the full ones). */

export interface Update {
  id: string;
  status: string;
  kind?: string;
  message: string;
  created_at: string;
}

export interface Incident {
  id: string;
  title: string;
  severity: string;
  status: string;
  impact: string;
  components: { id: string; status: string }[];
  declared_at: string;
  resolved_at: string | null;
  first_update_at: string | null;
  first_update_due_at: string | null;
  first_update_late: boolean;
  next_update_due_at: string | null;
  update_overdue: boolean;
  extended_outage: boolean;
  post_incident_summary?: { due_at: string | null; published_at: string | null };
  updates: Update[];
  internal_notes?: { id: string; body: string; created_at: string }[];
}

export interface Draft {
  id: string;
  incident_id: string;
  version: number;
  status: string;
  kind: string;
  phase: string;
  message: string;
  variables: Record<string, string | string[]>;
  locales: string[];
  updated_at: string;
  approvals: {
    required: string[];
    approved: string[];
    missing: string[];
    history: { role: string; decision: string; comment: string | null; by: string; at: string }[];
  };
}

export interface TimelineEvent {
  type: string;
  at: string;
  detail?: { draftId?: string; role?: string; by?: string; reason?: string };
}

export interface Account {
  id: string;
  name: string;
  tier: string;
  arr: number;
}

export interface OutreachEntry {
  account_id: string;
  account: string;
  tier: string;
  arr: number;
  csm: { name: string } | null;
  contact: { name: string; phone: string | null } | null;
  state: string;
  state_by: string | null;
  state_at: string | null;
}

export interface Surge {
  series: string;
  startedAt: string;
  observed: number;
  expected: number;
  explainedBy: string[];
  unexplained: boolean;
}

export interface HelpDeskView {
  problemTicketId: string | null;
  macroActive: boolean;
  backfill: { state: string; total: number | null; done: number };
  autoClose: { state: string; total: number; solved: number; keptOpen: number; failed: number };
  tickets: Record<"linked" | "suggested" | "unlinked" | "pendingOnHelpDesk" | "solved" | "keptOpen", number>;
  curve: { at: string; count: number }[];
  timeline: { at: string; phase: string; body: string }[];
}

type ByChannel<T> = Record<string, T>;
type Delivery = ByChannel<{ sent: number; failed: number; pending: number; success_rate: number | null }>;

export interface IncidentKpis {
  incident_id: string;
  title: string;
  severity: string;
  declared_at: string;
  first_update: { minutes: number | null; deadline_minutes: number | null; on_time: boolean | null };
  cadence: { intervals: number; on_time: number; percent_on_time: number | null };
  tickets: {
    linked: number;
    before_first_notice: number;
    after_first_notice: number;
    per_hour: { hour: string; tickets: number; updates: number }[];
  };
  clicks: ByChannel<{ recipients: number; total: number }>;
  delivery: Delivery;
}

export interface PeriodKpis {
  from: string;
  to: string;
  incidents: number;
  first_update: { median_minutes: number | null; percent_on_time: number | null };
  cadence: { percent_on_time: number | null };
  tickets: { linked: number; before_first_notice: number; after_first_notice: number; per_incident: number | null };
  clicks: ByChannel<{ recipients: number; total: number }>;
  delivery: Delivery;
}

export interface Candidate {
  kind: "alerts" | "ticket_surge";
  id: string;
  status: "open" | "confirmed" | "declined" | "ended";
  title: string;
  suggested_severity: string | null;
  reasons: string[];
  sources: string[];
  components: string[];
  first_signal_at: string;
  last_signal_at: string;
  firing: number;
  total: number;
  incident_id: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decline_reason: string | null;
}
