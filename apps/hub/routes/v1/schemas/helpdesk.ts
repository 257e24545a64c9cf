import { z } from "@hono/zod-openapi";
import { MatchRules } from "#core/matching/rules";
import { trimmed } from "./common";

export const TicketParam = z.object({
  ticketId: z
    .string()
    .regex(/^\d{1,20}$/, "a Zendesk ticket id (digits)")
    .openapi({ param: { name: "ticketId", in: "path" } }),
});
export const LinkParams = TicketParam.extend({
  incidentId: z
    .string()
    .min(1)
    .openapi({ param: { name: "incidentId", in: "path" } }),
});
export const LocaleQuery = z.object({
  locale: z
    .string()
    .regex(/^[a-z]{2}([-_][A-Za-z]{2})?$/)
    .optional(),
});
/** `agent`: the help-desk agent acting through a shared app token, so the link records the person. */
const Agent = trimmed(120);
export const LinkBody = z
  .strictObject({ incidentId: z.string().min(1), agent: Agent.optional() })
  .openapi("LinkTicket");
export const UnlinkQuery = z.object({ agent: Agent.optional() });
export const RulesBody = z.strictObject({ rules: MatchRules.nullable() }).openapi("MatchRulesUpdate");

const Time = z.string().openapi({ format: "date-time" });
export const TicketContext = z
  .object({
    ticketId: z.string(),
    incidents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        severity: z.string(),
        phase: z.string(),
        url: z.string(),
        link: z.object({
          state: z.enum(["linked", "suggested"]),
          mode: z.enum(["auto", "manual"]).nullable(),
          linkedBy: z.string().nullable(),
          linkedAt: Time.nullable(),
          score: z.number().nullable(),
          reasons: z.array(z.string()),
        }),
        latestUpdate: z.object({ body: z.string(), phase: z.string(), at: Time }).nullable(),
        nextUpdateDueAt: Time.nullable(),
        reply: z.object({ locale: z.string(), text: z.string() }).nullable(),
        autoClose: z
          .object({ state: z.enum(["will_solve", "solved", "kept_open"]), reason: z.string().nullable() })
          .nullable(),
      }),
    ),
    account: z
      .object({
        name: z.string(),
        tier: z.string().nullable(),
        csm: z.object({ name: z.string(), email: z.string().nullable() }).nullable(),
      })
      .nullable(),
  })
  .openapi("TicketContext");

export const LinkView = z
  .object({
    ticketId: z.string(),
    incidentId: z.string(),
    state: z.string(),
    mode: z.string(),
    linkedBy: z.string(),
    linkedAt: Time,
  })
  .openapi("TicketLink");

export const DeskStatus = z
  .object({
    incidentId: z.string(),
    rules: MatchRules,
    rulesDerived: z.boolean(),
    problemTicketId: z.string().nullable(),
    macroId: z.string().nullable(),
    macroActive: z.boolean(),
    backfill: z.object({
      state: z.string(),
      total: z.number().nullable(),
      done: z.number(),
      error: z.string().nullable(),
    }),
    autoClose: z.object({
      state: z.string(),
      total: z.number(),
      solved: z.number(),
      keptOpen: z.number(),
      failed: z.number(),
    }),
    tickets: z.record(z.string(), z.number()),
    curve: z.array(z.object({ at: Time, count: z.number() })),
    timeline: z.array(z.object({ at: Time, phase: z.string(), body: z.string() })),
  })
  .openapi("IncidentHelpDesk");

export const SurgeView = z
  .object({
    id: z.string(),
    series: z.string(),
    startedAt: Time,
    endedAt: Time.nullable(),
    observed: z.number(),
    expected: z.number(),
    explainedBy: z.array(z.string()),
    unexplained: z.boolean(),
  })
  .openapi("TicketSurge");
