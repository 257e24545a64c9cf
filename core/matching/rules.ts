import { z } from "zod";

/** How tickets are recognised as being about an incident. */
export const MatchRules = z.strictObject({
  /** Words or phrases customers use, e.g. "cannot log in", "checkout". */
  keywords: z.array(z.string().min(1)).default([]),
  /** Other ways to say a keyword: { "log in": ["sign in", "login"] }. */
  synonyms: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** Component or product names as customers write them. */
  components: z.array(z.string().min(1)).default([]),
  regions: z.array(z.string().min(1)).default([]),
  /** Help-desk organisation ids (or CRM-mapped account ids). */
  organizations: z.array(z.string().min(1)).default([]),
  ticketForms: z.array(z.string().min(1)).default([]),
  /** Custom field id → value that marks a related ticket. */
  customFields: z.record(z.string(), z.string()).default({}),
  /** Tickets created this long before the incident started still count (reports often come first). */
  leadMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(30),
});
export type MatchRules = z.infer<typeof MatchRules>;

export interface KnownIssue {
  incidentId: string;
  startedAt: Date;
  /** Open incidents have no end; tickets up to now match. */
  endedAt: Date | null;
  rules: MatchRules;
}

export interface TicketFacts {
  id: string;
  subject: string;
  description: string;
  createdAt: Date;
  organizationId?: string | null;
  region?: string | null;
  formId?: string | null;
  customFields?: Record<string, string>;
}

export interface Thresholds {
  link: number;
  suggest: number;
}
export const defaultThresholds: Thresholds = { link: 0.7, suggest: 0.4 };

export interface MatchCandidate {
  incidentId: string;
  score: number;
  decision: "link" | "suggest";
  reasons: string[];
}
