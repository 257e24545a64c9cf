import { z } from "@hono/zod-openapi";
import type { CandidateEntry } from "#core/alerts/list";
import { type Candidate, candidateStatuses, type StoredSignal } from "#core/alerts/model";
import { incidentCategories, severities } from "#core/incidents/model";
import { ComponentStatusInput, trimmed } from "./common";

const text = trimmed;

export const CandidateQuery = z.object({
  status: z.enum(candidateStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ConfirmBody = z
  .strictObject({
    message: text(5000).openapi({ description: "The first public notice, sent as with any declaration." }),
    title: text(200).optional(),
    severity: z.enum(severities).optional().openapi({ description: "Defaults to the suggested severity." }),
    category: z.enum(incidentCategories).optional(),
    components: z.array(ComponentStatusInput).max(200).optional(),
    regions: z.array(text(64)).max(50).optional(),
    internal_note: text(5000).optional(),
  })
  .openapi("ConfirmCandidate");

export const DeclineBody = z.strictObject({ reason: text(2000) }).openapi("DeclineCandidate");

export const CandidateView = z
  .object({
    kind: z.enum(["alerts", "ticket_surge"]),
    id: z.string(),
    status: z.enum(["open", "confirmed", "declined", "ended"]),
    title: z.string(),
    suggested_severity: z.enum(severities).nullable(),
    reasons: z.array(z.string()),
    sources: z.array(z.string()),
    components: z.array(z.string()),
    regions: z.array(z.string()),
    first_signal_at: z.string(),
    last_signal_at: z.string(),
    firing: z.number(),
    total: z.number(),
    incident_id: z.string().nullable(),
    decided_by: z.string().nullable(),
    decided_at: z.string().nullable(),
    decline_reason: z.string().nullable(),
    all_signals_resolved: z.boolean().openapi({
      description:
        "Every alert behind it has resolved: time to check and move to monitoring. Liaison never resolves by itself.",
    }),
    all_resolved_at: z.string().nullable(),
  })
  .openapi("Candidate");

export const SignalView = z
  .object({
    key: z.string(),
    source: z.string(),
    fingerprint: z.string(),
    status: z.enum(["firing", "resolved"]),
    title: z.string(),
    labels: z.record(z.string(), z.string()),
    severity_hint: z.string().nullable(),
    components: z.array(z.string()),
    regions: z.array(z.string()),
    url: z.string().nullable(),
    first_fired_at: z.string(),
    last_change_at: z.string(),
    resolved_at: z.string().nullable(),
    flaps: z.number(),
  })
  .openapi("AlertSignal");

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function candidateView(c: Candidate): z.infer<typeof CandidateView> {
  return {
    kind: "alerts",
    id: c.id,
    status: c.status,
    title: c.title,
    suggested_severity: c.suggestedSeverity,
    reasons: c.reasons,
    sources: c.sources,
    components: c.components,
    regions: c.regions,
    first_signal_at: c.firstSignalAt.toISOString(),
    last_signal_at: c.lastSignalAt.toISOString(),
    firing: c.firing,
    total: c.total,
    incident_id: c.incidentId,
    decided_by: c.decidedBy,
    decided_at: iso(c.decidedAt),
    decline_reason: c.declineReason,
    all_signals_resolved: c.total > 0 && c.firing === 0,
    all_resolved_at: iso(c.allResolvedAt),
  };
}

export function entryView(e: CandidateEntry): z.infer<typeof CandidateView> {
  if (e.kind === "alerts") return candidateView(e.candidate);
  const s = e.surge;
  return {
    kind: "ticket_surge",
    id: s.id,
    status: e.status,
    title: `Unexplained ticket surge: ${s.seriesKey}`,
    suggested_severity: null,
    reasons: [
      `${s.observed} tickets where about ${Math.round(s.expected * 100) / 100} were expected, and no open incident explains them.`,
    ],
    sources: ["helpdesk"],
    components: [],
    regions: [],
    first_signal_at: s.startedAt.toISOString(),
    last_signal_at: (s.endedAt ?? s.startedAt).toISOString(),
    firing: s.endedAt ? 0 : 1,
    total: 1,
    incident_id: null,
    decided_by: null,
    decided_at: null,
    decline_reason: null,
    all_signals_resolved: s.endedAt !== null,
    all_resolved_at: iso(s.endedAt),
  };
}

export function signalView(s: StoredSignal): z.infer<typeof SignalView> {
  return {
    key: s.key,
    source: s.source,
    fingerprint: s.fingerprint,
    status: s.status,
    title: s.title,
    labels: s.labels,
    severity_hint: s.severityHint,
    components: s.components,
    regions: s.regions,
    url: s.url,
    first_fired_at: s.firstFiredAt.toISOString(),
    last_change_at: s.lastChangeAt.toISOString(),
    resolved_at: iso(s.resolvedAt),
    flaps: s.flaps,
  };
}

export const WithSignals = z.object({ candidate: CandidateView, signals: z.array(SignalView) });
