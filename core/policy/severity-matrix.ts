import { z } from "zod";
import { severities } from "../incidents/model";

export const channels = ["email", "in_app", "status_page", "sms", "social"] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;

/** Up to a year: a longer interval only pushes deadlines past what a date can hold. */
const minutes = z.number().int().positive().max(525_600);

export const SeverityRule = z.strictObject({
  channels: z.array(Channel),
  /** Channels restricted to some customer tiers, e.g. SMS only for enterprise on P1. */
  channelTiers: z.partialRecord(Channel, z.array(z.string())).default({}).meta({ additionalProperties: false }),
  /** Minutes between public updates; null means no fixed cadence. */
  updateCadenceMinutes: minutes.nullable(),
  /** Minutes from detection to the first public update; null means best effort. */
  firstUpdateWithinMinutes: minutes.nullable(),
  escalation: z.string(),
  targetResolutionMinutes: minutes.nullable(),
  postMortem: z.strictObject({
    visibility: z.enum(["public", "internal", "none"]),
    withinHours: z.number().int().positive().max(8_760).nullable(),
  }),
});
export type SeverityRule = z.infer<typeof SeverityRule>;

// An enum-keyed record needs every key and no other, which the OpenAPI document would not say without `meta`.
export const SeverityMatrix = z
  .record(z.enum(severities), SeverityRule)
  .meta({ required: [...severities], additionalProperties: false });
export type SeverityMatrix = z.infer<typeof SeverityMatrix>;

/** The default matrix from the domain brief. Every value is configurable. */
export const defaultSeverityMatrix: SeverityMatrix = {
  P1: {
    channels: ["email", "in_app", "status_page", "sms", "social"],
    channelTiers: { sms: ["enterprise", "strategic"] },
    updateCadenceMinutes: 30,
    firstUpdateWithinMinutes: 15,
    escalation: "War room within 15 minutes; CEO and CTO informed; executive updates every hour.",
    targetResolutionMinutes: 120,
    postMortem: { visibility: "public", withinHours: 48 },
  },
  P2: {
    channels: ["email", "in_app", "status_page", "social"],
    channelTiers: {},
    updateCadenceMinutes: 60,
    firstUpdateWithinMinutes: 30,
    escalation: "On-call engaged within 30 minutes; VP informed.",
    targetResolutionMinutes: 240,
    postMortem: { visibility: "public", withinHours: 72 },
  },
  P3: {
    channels: ["in_app", "status_page"],
    channelTiers: {},
    updateCadenceMinutes: 120,
    firstUpdateWithinMinutes: null,
    escalation: "Triage within 2 hours.",
    targetResolutionMinutes: 480,
    postMortem: { visibility: "internal", withinHours: 168 },
  },
  P4: {
    channels: ["status_page"],
    channelTiers: {},
    updateCadenceMinutes: null,
    firstUpdateWithinMinutes: null,
    escalation: "Normal triage.",
    targetResolutionMinutes: null,
    postMortem: { visibility: "none", withinHours: null },
  },
};

/** When the next public update is owed for an incident, or null when the policy sets no cadence. */
export function nextUpdateDue(rule: SeverityRule, lastPublicUpdateAt: Date | null, detectedAt: Date): Date | null {
  if (!lastPublicUpdateAt) {
    return rule.firstUpdateWithinMinutes === null
      ? null
      : new Date(detectedAt.getTime() + rule.firstUpdateWithinMinutes * 60_000);
  }
  return rule.updateCadenceMinutes === null
    ? null
    : new Date(lastPublicUpdateAt.getTime() + rule.updateCadenceMinutes * 60_000);
}
