import type { TicketActor, TicketEvent } from "#core/helpdesk/model";
import type { ZendeskTicket, ZendeskWebhookBody } from "./api-types";

/** Custom field ids that hold a ticket's region and customer tier, when the account has them. */
export interface FieldMap {
  region?: string;
  tier?: string;
}

const fieldValue = (t: ZendeskTicket, fieldId: string | undefined): string | null => {
  if (!fieldId) return null;
  const v = t.custom_fields.find((f) => String(f.id) === fieldId)?.value;
  return typeof v === "string" && v ? v : null;
};

/** A ticket read through the API, as Liaison keeps it. */
export function ticketFromApi(t: ZendeskTicket, fields: FieldMap = {}): TicketEvent["ticket"] {
  const customFields: Record<string, string> = {};
  for (const f of t.custom_fields) if (typeof f.value === "string" && f.value) customFields[String(f.id)] = f.value;
  return {
    id: String(t.id),
    subject: t.subject ?? "",
    description: t.description ?? "",
    status: t.status,
    createdAt: new Date(t.created_at),
    updatedAt: new Date(t.updated_at),
    organizationId: t.organization_id === null ? null : String(t.organization_id),
    organizationName: null,
    formId: t.ticket_form_id ? String(t.ticket_form_id) : null,
    region: fieldValue(t, fields.region),
    tier: fieldValue(t, fields.tier),
    locale: null,
    customFields,
  };
}

/** Who made a change: Liaison's own API user comes back through the webhook too and must not count as an agent. */
function actorOf(body: ZendeskWebhookBody, liaisonEmail: string | null): TicketActor {
  if (liaisonEmail && body.updated_by.email.toLowerCase() === liaisonEmail.toLowerCase()) return "liaison";
  return body.updated_by.role.toLowerCase().replace(/[_ ]/g, "-") === "end-user" ? "end-user" : "agent";
}

/** A webhook delivery as a ticket event. */
export function eventFromWebhook(body: ZendeskWebhookBody, liaisonEmail: string | null): TicketEvent {
  const t = body.ticket;
  return {
    ticket: {
      id: t.id,
      subject: t.subject,
      description: t.description,
      status: t.status,
      createdAt: new Date(t.created_at),
      updatedAt: new Date(t.updated_at),
      organizationId: t.organization_id,
      organizationName: t.organization_name,
      formId: t.form_id,
      region: t.region,
      tier: t.tier,
      locale: t.locale ? t.locale.slice(0, 2).toLowerCase() : null,
      customFields: Object.fromEntries(Object.entries(t.custom_fields).filter(([, v]) => v !== "")),
    },
    actor: actorOf(body, liaisonEmail),
    at: new Date(t.updated_at),
  };
}

/**
 * Zendesk renders a trigger's placeholders once per invocation and sends the same body on every
 * retry, so the body itself identifies a delivery. (Its timestamps have only minute precision, so
 * ticket id plus update time would merge two real updates made within one minute.)
 */
export const webhookDedupeKey = (rawBody: string) => `zendesk:${rawBody}`;
