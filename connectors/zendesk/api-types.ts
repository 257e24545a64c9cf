import { z } from "zod";

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);
const optionalId = z
  .union([id, z.literal(""), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

/** The parts of a Zendesk ticket Liaison reads; everything else passes through untouched. */
export const ZendeskTicket = z.looseObject({
  id: z.number().int(),
  subject: z.string().nullable(),
  description: z.string().nullable().default(""),
  status: z.enum(["new", "open", "pending", "hold", "solved", "closed"]),
  type: z.enum(["problem", "incident", "question", "task"]).nullable(),
  tags: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  organization_id: z.number().int().nullable(),
  requester_id: z.number().int(),
  assignee_id: z.number().int().nullable(),
  problem_id: z.number().int().nullable().optional(),
  ticket_form_id: z.number().int().nullable().optional(),
  external_id: z.string().nullable().optional(),
  custom_fields: z.array(z.object({ id: z.number().int(), value: z.unknown() })).default([]),
});
export type ZendeskTicket = z.infer<typeof ZendeskTicket>;

export const ZendeskTickets = z.array(ZendeskTicket);

/** `GET /job_statuses/show_many`: one entry per background job. */
export const ZendeskJobStatus = z.looseObject({
  id: z.string(),
  status: z.enum(["queued", "working", "failed", "completed", "killed"]),
  results: z
    .array(
      z.looseObject({
        id: z.number().int().optional(),
        success: z.boolean().optional(),
        status: z.string().optional(),
        errors: z.string().optional(),
        error: z.string().optional(),
        /** Why a ticket was refused, e.g. "Status: closed prevents ticket update". */
        details: z.string().optional(),
      }),
    )
    .nullable()
    .default([]),
});

export const ZendeskMacro = z.looseObject({ id: z.number().int(), title: z.string(), active: z.boolean() });
export const SearchCount = z.object({ count: z.number().int() });

/**
 * The JSON body of Liaison's Zendesk webhook (set in the trigger, see the connector README).
 * Placeholders render as strings; empty ones as "".
 */
export const ZendeskWebhookBody = z.object({
  event: z.enum(["ticket.created", "ticket.updated"]),
  ticket: z.object({
    id,
    subject: z.string().default(""),
    description: z.string().default(""),
    status: z.string().transform((s) => s.toLowerCase()),
    created_at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be a date"),
    updated_at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be a date"),
    organization_id: z
      .string()
      .optional()
      .transform((v) => v || null),
    organization_name: z
      .string()
      .optional()
      .transform((v) => v || null),
    form_id: optionalId,
    region: z
      .string()
      .optional()
      .transform((v) => v || null),
    tier: z
      .string()
      .optional()
      .transform((v) => v || null),
    locale: z
      .string()
      .optional()
      .transform((v) => v || null),
    /** Ticket field id → `{{ticket.ticket_field_<id>}}`, for custom-field match rules. */
    custom_fields: z.record(z.string(), z.string()).optional().default({}),
  }),
  /** `{{current_user.role}}`: end-user when the customer wrote, agent or admin otherwise. */
  updated_by: z.object({ role: z.string(), email: z.string().optional().default("") }),
});
export type ZendeskWebhookBody = z.infer<typeof ZendeskWebhookBody>;
