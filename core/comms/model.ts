import { z } from "zod";
import { ComponentStatusChange } from "../components/model";
import { IncidentPhase } from "../incidents/model";
import type { ApproverRole } from "../policy/document";
import { TemplateKind } from "../templates/catalog";

export const draftStatuses = ["draft", "pending_approval", "approved", "rejected", "published", "discarded"] as const;
export type DraftStatus = (typeof draftStatuses)[number];

/** What a draft says: the public text, the values its templates are filled with, and what it changes. */
export const DraftContent = z.strictObject({
  kind: TemplateKind,
  phase: IncidentPhase,
  /** The status page text; other channels are rendered from the kind's templates. */
  message: z.string().min(1).max(5000),
  variables: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  components: z.array(ComponentStatusChange),
  internalNote: z.string().max(5000).nullable(),
  locales: z.array(z.string()).min(1),
  /** The approved words in the other locales, when the draft was rendered in each of them. */
  translations: z.record(z.string(), z.string().min(1).max(5000)).optional(),
});
export type DraftContent = z.infer<typeof DraftContent>;

export interface Draft {
  id: string;
  incidentId: string;
  version: number;
  status: DraftStatus;
  content: DraftContent;
  publishedUpdateId: string | null;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DraftVersion {
  draftId: string;
  version: number;
  content: DraftContent;
  authorId: string | null;
  createdAt: Date;
}

export interface Approval {
  id: string;
  draftId: string;
  draftVersion: number;
  role: ApproverRole | "guardrails";
  decision: "approved" | "rejected" | "override";
  comment: string | null;
  byId: string | null;
  byName: string;
  createdAt: Date;
}

export const reminderKinds = [
  "first_update",
  "update_due",
  "extended_outage",
  "post_mortem",
  "maintenance_overrun",
  "signals_resolved",
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export interface Reminder {
  id: string;
  incidentId: string;
  kind: ReminderKind;
  dueAt: Date;
  createdAt: Date;
  /** Held by a blackout: recorded, not sent. */
  held: boolean;
  message: string;
}
