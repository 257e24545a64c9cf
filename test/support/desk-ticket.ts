import type { DeskTicket } from "#core/helpdesk/model";

/** A stored help-desk ticket with nothing but the fields a test cares about set. */
export const deskTicket = (t: Pick<DeskTicket, "id" | "subject" | "createdAt"> & Partial<DeskTicket>): DeskTicket => ({
  description: "",
  status: "new",
  updatedAt: t.createdAt,
  organizationId: null,
  organizationName: null,
  formId: null,
  region: null,
  tier: null,
  locale: null,
  customFields: {},
  customerRepliedAt: null,
  agentEngagedAt: null,
  ...t,
});
