import type { ArchiveEntry } from "../archive/chain";
import type { Approval, Draft, DraftStatus, DraftVersion, Reminder } from "../comms/model";
import type { TemplateText } from "../templates/catalog";
import type { DomainEvent, IncidentWrite } from "./store";

export interface StoredTemplate extends TemplateText {
  kind: string;
  locale: string;
  version: number;
  authorId: string | null;
  createdAt: Date;
}

/** One atomic write for a draft: its new state plus what the change added. */
export interface DraftWrite {
  draft: Draft;
  newVersion?: DraftVersion;
  approvals?: Approval[];
  events: DomainEvent[];
}

/** Persistence for drafts, approvals, templates, the archive and reminders. Multi-row writes are atomic. */
export interface CommsStore {
  getDraft(id: string): Promise<Draft | null>;
  listDrafts(filter: { status?: DraftStatus; incidentId?: string }): Promise<Draft[]>;
  listDraftVersions(draftId: string): Promise<DraftVersion[]>;
  listApprovals(draftId: string): Promise<Approval[]>;
  saveDraft(write: DraftWrite): Promise<void>;
  /** Publishing in one batch: the incident's new update, the draft marked published, the archive rows. */
  savePublication(write: { incident: IncidentWrite; draft: DraftWrite; archive: ArchiveEntry[] }): Promise<void>;

  latestTemplates(): Promise<StoredTemplate[]>;
  listTemplateVersions(kind: string, locale: string): Promise<StoredTemplate[]>;
  saveTemplate(template: StoredTemplate): Promise<void>;

  lastArchiveEntry(): Promise<ArchiveEntry | null>;
  listArchive(filter: { from?: Date; to?: Date; incidentId?: string }): Promise<ArchiveEntry[]>;
  /** Appends archive rows (used for messages that are not incident updates, such as reminders). */
  appendArchive(entries: ArchiveEntry[]): Promise<void>;

  /** Records a reminder once; false when one for the same incident, kind and due time exists. */
  insertReminderOnce(reminder: Reminder): Promise<boolean>;
  listReminders(filter: { incidentId?: string; since?: Date }): Promise<Reminder[]>;
  listEvents(subjectId: string): Promise<DomainEvent[]>;
  /** Writes events to the outbox on their own (the notifier's hand-off). */
  appendEvents(events: DomainEvent[]): Promise<void>;
}
