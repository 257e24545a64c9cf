import { z } from "@hono/zod-openapi";
import type { ChannelClicks, ChannelDelivery, IncidentKpis, PeriodKpis } from "#core/kpis/model";
import { Timestamp } from "./common";

const Clicks = z.record(z.string(), z.object({ recipients: z.number(), total: z.number() }));
const Delivery = z.record(
  z.string(),
  z.object({ sent: z.number(), failed: z.number(), pending: z.number(), success_rate: z.number().nullable() }),
);

export const PeriodQuery = z
  .object({
    from: Timestamp.optional().openapi({ description: "Start of the period (default: 30 days before `to`)" }),
    to: Timestamp.optional().openapi({ description: "End of the period, exclusive (default: now)" }),
  })
  .refine((q) => !q.from || !q.to || new Date(q.from) < new Date(q.to), {
    message: "`from` must be before `to`",
    path: ["from"],
  });

export const IncidentKpisView = z
  .object({
    incident_id: z.string(),
    title: z.string(),
    severity: z.string(),
    declared_at: z.string(),
    resolved_at: z.string().nullable(),
    first_update: z.object({
      minutes: z.number().nullable(),
      deadline_minutes: z.number().nullable(),
      on_time: z.boolean().nullable(),
    }),
    cadence: z.object({
      cadence_minutes: z.number().nullable(),
      intervals: z.number(),
      on_time: z.number(),
      percent_on_time: z.number().nullable(),
    }),
    tickets: z.object({
      linked: z.number(),
      before_first_notice: z.number(),
      after_first_notice: z.number(),
      per_hour: z.array(z.object({ hour: z.string(), tickets: z.number(), updates: z.number() })),
    }),
    clicks: Clicks,
    delivery: Delivery,
  })
  .openapi("IncidentKpis");

export const PeriodKpisView = z
  .object({
    from: z.string(),
    to: z.string(),
    incidents: z.number(),
    by_severity: z.record(z.string(), z.number()),
    first_update: z.object({
      median_minutes: z.number().nullable(),
      measured: z.number(),
      on_time: z.number(),
      percent_on_time: z.number().nullable(),
    }),
    cadence: z.object({ intervals: z.number(), on_time: z.number(), percent_on_time: z.number().nullable() }),
    tickets: z.object({
      linked: z.number(),
      before_first_notice: z.number(),
      after_first_notice: z.number(),
      per_incident: z.number().nullable(),
    }),
    clicks: Clicks,
    delivery: Delivery,
  })
  .openapi("PeriodKpis");

const clicksView = (c: Record<string, ChannelClicks>) => c;
const deliveryView = (d: Record<string, ChannelDelivery>) =>
  Object.fromEntries(
    Object.entries(d).map(([k, v]) => [
      k,
      { sent: v.sent, failed: v.failed, pending: v.pending, success_rate: v.successRate },
    ]),
  );

export const incidentKpisView = (k: IncidentKpis): z.infer<typeof IncidentKpisView> => ({
  incident_id: k.incidentId,
  title: k.title,
  severity: k.severity,
  declared_at: k.declaredAt.toISOString(),
  resolved_at: k.resolvedAt?.toISOString() ?? null,
  first_update: {
    minutes: k.firstUpdate.minutes,
    deadline_minutes: k.firstUpdate.deadlineMinutes,
    on_time: k.firstUpdate.onTime,
  },
  cadence: {
    cadence_minutes: k.cadence.cadenceMinutes,
    intervals: k.cadence.intervals,
    on_time: k.cadence.onTime,
    percent_on_time: k.cadence.percentOnTime,
  },
  tickets: {
    linked: k.tickets.linked,
    before_first_notice: k.tickets.beforeFirstNotice,
    after_first_notice: k.tickets.afterFirstNotice,
    per_hour: k.tickets.perHour.map((h) => ({ hour: h.hour.toISOString(), tickets: h.tickets, updates: h.updates })),
  },
  clicks: clicksView(k.clicks),
  delivery: deliveryView(k.delivery),
});

export const periodKpisView = (p: PeriodKpis): z.infer<typeof PeriodKpisView> => ({
  from: p.from.toISOString(),
  to: p.to.toISOString(),
  incidents: p.incidents,
  by_severity: p.bySeverity,
  first_update: {
    median_minutes: p.firstUpdate.medianMinutes,
    measured: p.firstUpdate.measured,
    on_time: p.firstUpdate.onTime,
    percent_on_time: p.firstUpdate.percentOnTime,
  },
  cadence: { intervals: p.cadence.intervals, on_time: p.cadence.onTime, percent_on_time: p.cadence.percentOnTime },
  tickets: {
    linked: p.tickets.linked,
    before_first_notice: p.tickets.beforeFirstNotice,
    after_first_notice: p.tickets.afterFirstNotice,
    per_incident: p.tickets.perIncident,
  },
  clicks: clicksView(p.clicks),
  delivery: deliveryView(p.delivery),
});
