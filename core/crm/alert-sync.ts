import type { Incident } from "../incidents/model";
import type { AlertOutcome, Crm } from "../ports/crm";
import { type AlertTexts, alertDescription, alertKey, alertRequests, alertSubject } from "./alerts";
import type { Account, CrmSource } from "./model";
import type { AlertRecord, CrmStore } from "./store";

export interface AlertSyncReport {
  created: number;
  updated: number;
  completed: number;
  failed: { key: string; error: string }[];
}

/**
 * Brings the CSM alerts of one incident in line with it: creates one per account to call that has
 * none yet (the key makes a retry harmless), rewrites open ones when the phase moved, and
 * completes them all when the incident is resolved. Failures are recorded per alert.
 */
export async function syncAlerts(o: {
  crms: readonly Crm[];
  store: CrmStore;
  incident: Incident;
  accounts: readonly Account[];
  texts: AlertTexts;
  now: Date;
}): Promise<AlertSyncReport> {
  const report: AlertSyncReport = { created: 0, updated: 0, completed: 0, failed: [] };
  const existing = new Map((await o.store.listAlerts(o.incident.id)).map((a) => [a.key, a]));
  const resolved = o.incident.phase === "resolved";
  const save: AlertRecord[] = [];
  const record = (source: CrmSource, accountId: string, outcome: AlertOutcome, status: AlertRecord["status"]) => {
    const prev = existing.get(outcome.key);
    if (!outcome.ok) report.failed.push({ key: outcome.key, error: outcome.error });
    save.push({
      key: outcome.key,
      incidentId: o.incident.id,
      accountId,
      source,
      phase: o.incident.phase,
      updatedAt: o.now,
      ref: outcome.ok ? outcome.ref : (outcome.ref ?? prev?.ref ?? null),
      status: outcome.ok || outcome.ref ? status : prev?.ref ? prev.status : "failed",
      error: outcome.ok ? null : outcome.error,
    });
  };
  for (const crm of o.crms) {
    const withRef = [...existing.values()].filter((a) => a.source === crm.source && a.ref);
    const mine = withRef.filter((a) => a.status === "open");
    if (resolved) {
      const done = await crm.completeAlerts(mine.map((a) => ({ key: a.key, ref: a.ref! })));
      for (const [i, d] of done.entries()) record(crm.source, mine[i].accountId, d, "completed");
      report.completed += done.filter((d) => d.ok).length;
      continue;
    }
    const fresh = o.accounts.filter(
      (a) => a.source === crm.source && !existing.get(alertKey(o.incident.id, a.id))?.ref,
    );
    const created = await crm.createAlerts(alertRequests(o.incident, fresh, o.texts, o.now));
    for (const [i, c] of created.entries()) record(crm.source, fresh[i].id, c, "open");
    report.created += created.filter((c) => c.ok).length;
    // A completed alert on an unresolved incident means it was reopened: the task opens again.
    const stale = withRef.filter(
      (a) => a.status === "completed" || (a.status === "open" && a.phase !== o.incident.phase),
    );
    const updated = await crm.updateAlerts(
      stale.map((a) => ({
        key: a.key,
        ref: a.ref!,
        subject: alertSubject(o.incident),
        description: alertDescription(o.incident, o.texts),
        reopen: a.status === "completed",
      })),
    );
    for (const [i, u] of updated.entries()) record(crm.source, stale[i].accountId, u, "open");
    report.updated += updated.filter((u) => u.ok).length;
  }
  await o.store.saveAlerts(save);
  return report;
}
