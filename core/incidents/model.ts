import { z } from "zod";
import { ComponentStatus } from "../components/model";

export const severities = ["P1", "P2", "P3", "P4"] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

/** SEV1–SEV3 from other tools map onto P1–P3. */
export function normaliseSeverity(raw: string): Severity | undefined {
  const s = raw.trim().toUpperCase();
  const sev = /^SEV-?([1-3])$/.exec(s);
  if (sev) return `P${sev[1]}` as Severity;
  return (severities as readonly string[]).includes(s) ? (s as Severity) : undefined;
}

export const incidentPhases = ["investigating", "identified", "monitoring", "resolved"] as const;
export const IncidentPhase = z.enum(incidentPhases);
export type IncidentPhase = z.infer<typeof IncidentPhase>;

export const incidentCategories = ["outage", "degradation", "security", "maintenance_error", "third_party"] as const;
export const IncidentCategory = z.enum(incidentCategories);
export type IncidentCategory = z.infer<typeof IncidentCategory>;

/** Statuspage's impact scale, derived from severity. */
export const impacts = ["none", "minor", "major", "critical"] as const;
export type Impact = (typeof impacts)[number];
export const impactOfSeverity: Record<Severity, Impact> = {
  P1: "critical",
  P2: "major",
  P3: "minor",
  P4: "minor",
};

export const AffectedComponent = z.object({ componentId: z.string(), status: ComponentStatus });
export type AffectedComponent = z.infer<typeof AffectedComponent>;

export const ComponentChange = z.object({
  componentId: z.string(),
  from: ComponentStatus,
  to: ComponentStatus,
});
export type ComponentChange = z.infer<typeof ComponentChange>;

/** What an update is: a phase update, a retraction of an earlier alarm, or the summary after resolution. */
export const updateKinds = ["update", "false_alarm", "post_incident_summary"] as const;
export const UpdateKind = z.enum(updateKinds);
export type UpdateKind = z.infer<typeof UpdateKind>;

/**
 * A public update. It has no field for internal text: internal notes are a separate entity
 * (`InternalNote`), so nothing built from an Incident can leak one.
 */
export const Update = z.object({
  id: z.string(),
  incidentId: z.string(),
  phase: IncidentPhase,
  kind: UpdateKind,
  body: z.string(),
  componentChanges: z.array(ComponentChange),
  authorId: z.string().nullable(),
  createdAt: z.date(),
  displayAt: z.date(),
});
export type Update = z.infer<typeof Update>;

export const Incident = z.object({
  id: z.string(),
  title: z.string(),
  severity: Severity,
  phase: IncidentPhase,
  category: IncidentCategory,
  components: z.array(AffectedComponent),
  regions: z.array(z.string()),
  segments: z.array(z.string()),
  parentId: z.string().nullable(),
  detectedAt: z.date(),
  declaredAt: z.date(),
  identifiedAt: z.date().nullable(),
  monitoringAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  impactStartAt: z.date(),
  impactEndAt: z.date().nullable(),
  /** When service is expected back, if anyone has said. */
  etaAt: z.date().nullable(),
  policyVersion: z.number().int(),
  /** A fire drill: every send it causes is captured, and no public surface or period KPI shows it. */
  drill: z.boolean().optional(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** Newest first. */
  updates: z.array(Update),
});
export type Incident = z.infer<typeof Incident>;

/** An incident retracted as a false alarm: customers were never affected. */
export const isFalseAlarm = (i: Pick<Incident, "updates">) => (i.updates ?? []).some((u) => u.kind === "false_alarm");

/** The impact shown publicly: none for a false alarm, else by severity. */
export const impactOf = (i: Pick<Incident, "updates" | "severity">): Impact =>
  isFalseAlarm(i) ? "none" : impactOfSeverity[i.severity];

/** Text for responders only. Lives beside an incident, never inside it. */
export const InternalNote = z.object({
  id: z.string(),
  incidentId: z.string(),
  updateId: z.string().nullable(),
  body: z.string(),
  authorId: z.string().nullable(),
  createdAt: z.date(),
});
export type InternalNote = z.infer<typeof InternalNote>;
