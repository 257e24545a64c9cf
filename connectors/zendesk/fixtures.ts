import type { ZendeskTicket } from "./api-types";

/** A ticket as Zendesk's Tickets API returns it (trimmed to realistic fields). */
export const ticketLoginProblem: ZendeskTicket = {
  id: 35436,
  url: "https://acme.zendesk.com/api/v2/tickets/35436.json",
  external_id: null,
  via: { channel: "web", source: { from: {}, to: {}, rel: null } },
  created_at: "2026-11-20T10:12:31Z",
  updated_at: "2026-11-20T10:12:31Z",
  type: null,
  subject: "Can't log in to the dashboard",
  raw_subject: "Can't log in to the dashboard",
  description: "Since 10:00 none of our team can sign in. We get an error after entering the password.",
  priority: "high",
  status: "new",
  recipient: null,
  requester_id: 20978392,
  submitter_id: 20978392,
  assignee_id: null,
  organization_id: 509974,
  group_id: 98738,
  collaborator_ids: [],
  follower_ids: [],
  problem_id: null,
  has_incidents: false,
  is_public: true,
  due_at: null,
  tags: ["login", "enterprise"],
  custom_fields: [{ id: 27642, value: "dashboard" }],
  satisfaction_rating: null,
  sharing_agreement_ids: [],
  ticket_form_id: 360000123,
  brand_id: 360000456,
  allow_channelback: false,
  allow_attachments: true,
};

/** A ticket like the one above, with other values: the shape Zendesk returns for any ticket. */
export const zendeskTicket = (over: Partial<ZendeskTicket> & { id: number }): ZendeskTicket => ({
  ...ticketLoginProblem,
  url: `https://acme.zendesk.com/api/v2/tickets/${over.id}.json`,
  tags: [],
  custom_fields: [],
  ...over,
});

/** `GET /job_statuses/{id}` while an update_many job runs, and once it completed. */
export const jobStatusQueued = (id: string, total: number) => ({
  id,
  url: `https://acme.zendesk.com/api/v2/job_statuses/${id}.json`,
  job_type: "ThirdPartyTicketBulkUpdate",
  total,
  progress: 0,
  status: "queued",
  message: null,
  results: null,
});
/** One ticket's line in a finished job; a refused one says why in `details`. */
export interface JobResult {
  id: number;
  success: boolean;
  error?: string;
  details?: string;
}
export const jobStatusCompleted = (id: string, results: JobResult[]) => ({
  id,
  url: `https://acme.zendesk.com/api/v2/job_statuses/${id}.json`,
  job_type: "ThirdPartyTicketBulkUpdate",
  total: results.length,
  progress: results.length,
  status: "completed",
  message: `Completed at ${new Date().toISOString()}`,
  results: results.map((r) =>
    r.success
      ? { id: r.id, action: "update", success: true, status: "Updated" }
      : {
          id: r.id,
          action: "update",
          success: false,
          status: "Failed",
          error: r.error ?? "TicketUpdateFailed",
          details: r.details ?? "Ticket could not be updated",
        },
  ),
});

/** A macro as `POST /macros` returns it. */
export const zendeskMacro = (id: number, title: string, active: boolean, actions: unknown[]) => ({
  url: `https://acme.zendesk.com/api/v2/macros/${id}.json`,
  id,
  title,
  active,
  actions,
  description: null,
  restriction: null,
  position: 10001,
  created_at: "2026-11-20T10:05:00Z",
  updated_at: "2026-11-20T10:05:00Z",
  raw_title: title,
});

/** The body Liaison's Zendesk trigger sends (see the connector README), after Zendesk filled the placeholders. */
export const webhookBody = (o: {
  id: number;
  subject: string;
  description?: string;
  createdAt: string;
  updatedAt?: string;
  event?: "ticket.created" | "ticket.updated";
  role?: string;
  email?: string;
  organizationId?: string;
  organizationName?: string;
  region?: string;
  tier?: string;
  locale?: string;
  status?: string;
}) => ({
  event: o.event ?? "ticket.created",
  ticket: {
    id: String(o.id),
    subject: o.subject,
    description: o.description ?? "",
    status: o.status ?? "New",
    created_at: o.createdAt,
    updated_at: o.updatedAt ?? o.createdAt,
    organization_id: o.organizationId ?? "",
    organization_name: o.organizationName ?? "",
    form_id: "",
    region: o.region ?? "",
    tier: o.tier ?? "",
    locale: o.locale ?? "en-US",
  },
  updated_by: { role: o.role ?? "end-user", email: o.email ?? "customer@example.org" },
});
