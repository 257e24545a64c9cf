import { z } from "zod";

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
  custom_fields: z.array(z.object({ id: z.number().int(), value: z.unknown() })).default([]),
});
export type ZendeskTicket = z.infer<typeof ZendeskTicket>;
