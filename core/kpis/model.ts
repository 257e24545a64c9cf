import type { Severity } from "../incidents/model";

/** Delivery outcomes of one channel: messages sent, failed for good, and still waiting. */
export interface ChannelDelivery {
  sent: number;
  failed: number;
  pending: number;
  /** sent / (sent + failed); null before anything settled. */
  successRate: number | null;
}

export interface ChannelClicks {
  recipients: number;
  total: number;
}

export interface HourOfTickets {
  hour: Date;
  tickets: number;
  updates: number;
}

/** What one incident's communication looked like, measured against the policy it was declared under. */
export interface IncidentKpis {
  incidentId: string;
  title: string;
  severity: Severity;
  declaredAt: Date;
  resolvedAt: Date | null;
  firstUpdate: { minutes: number | null; deadlineMinutes: number | null; onTime: boolean | null };
  cadence: { cadenceMinutes: number | null; intervals: number; onTime: number; percentOnTime: number | null };
  tickets: { linked: number; beforeFirstNotice: number; afterFirstNotice: number; perHour: HourOfTickets[] };
  clicks: Record<string, ChannelClicks>;
  delivery: Record<string, ChannelDelivery>;
}

/** The same measures over every incident declared in [from, to). */
export interface PeriodKpis {
  from: Date;
  to: Date;
  incidents: number;
  bySeverity: Record<Severity, number>;
  firstUpdate: { medianMinutes: number | null; measured: number; onTime: number; percentOnTime: number | null };
  cadence: { intervals: number; onTime: number; percentOnTime: number | null };
  tickets: { linked: number; beforeFirstNotice: number; afterFirstNotice: number; perIncident: number | null };
  clicks: Record<string, ChannelClicks>;
  delivery: Record<string, ChannelDelivery>;
}
