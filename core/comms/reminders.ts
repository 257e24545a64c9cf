import type { Incident } from "../incidents/model";
import { isExtendedOutage, nextUpdateDueFor } from "../policy/cadence";
import type { ActivePolicy } from "../policy/document";
import type { Ctx } from "../shared/context";
import { event } from "../shared/events";
import type { Reminder, ReminderKind } from "./model";
import { policyFor } from "./render-for-incident";

/** A reminder's id is derived from what it is about, so a crash and a rerun cannot send it twice. */
const reminderId = (incidentId: string, kind: ReminderKind, dueAt: Date) =>
  `rem_${incidentId}_${kind}_${dueAt.getTime()}`;

function inBlackout(policy: ActivePolicy, now: Date): boolean {
  return policy.document.blackouts.some((b) => new Date(b.start) <= now && now < new Date(b.end));
}

/**
 * Internal reminders, run by the scheduler: first update and cadence deadlines, extended outages
 * (tighter cadence, executives, SLA credits), and post-mortem deadlines. Each fires once. During a
 * blackout the non-critical ones (P3, P4) are recorded as held instead of sent; customer updates
 * are never held.
 */
export async function runReminderTick(ctx: Ctx): Promise<Reminder[]> {
  const now = ctx.clock.now();
  const open = await ctx.store.listIncidents({ phase: "open", parentId: null, drill: "any" });
  const recent = await ctx.store.listIncidents({
    phase: "resolved",
    since: new Date(now.getTime() - 14 * 86_400_000),
    parentId: null,
    drill: "any",
  });
  const fired: Reminder[] = [];
  for (const incident of [...open, ...recent]) {
    const policy = await policyFor(ctx, incident);
    for (const due of dueReminders(incident, policy, now)) {
      const held = inBlackout(policy, now) && (incident.severity === "P3" || incident.severity === "P4");
      const reminder: Reminder = {
        id: reminderId(incident.id, due.kind, due.dueAt),
        incidentId: incident.id,
        kind: due.kind,
        dueAt: due.dueAt,
        createdAt: now,
        held,
        message: due.message,
      };
      // The event goes first and is keyed by the reminder: a crash between the two writes re-runs harmlessly.
      if (!held) {
        const e = event(ctx, "reminder.ready", incident.id, {
          reminder: { ...reminder, dueAt: reminder.dueAt.toISOString(), createdAt: now.toISOString() },
          audience: "internal",
          escalation: policy.document.severities[incident.severity].escalation,
        });
        await ctx.comms.appendEvents([{ ...e, id: `evt_${reminder.id}` }]);
      }
      if (await ctx.comms.insertReminderOnce(reminder)) fired.push(reminder);
    }
  }
  return fired;
}

function dueReminders(
  incident: Incident,
  policy: ActivePolicy,
  now: Date,
): { kind: ReminderKind; dueAt: Date; message: string }[] {
  const out: { kind: ReminderKind; dueAt: Date; message: string }[] = [];
  if (incident.phase === "resolved") {
    const pm = policy.document.severities[incident.severity].postMortem;
    const summarised = incident.updates.some((u) => u.kind === "post_incident_summary");
    if (pm.visibility !== "none" && pm.withinHours && incident.resolvedAt && !summarised) {
      const dueAt = new Date(incident.resolvedAt.getTime() + pm.withinHours * 3_600_000);
      if (now >= new Date(dueAt.getTime() - 12 * 3_600_000))
        out.push({
          kind: "post_mortem",
          dueAt,
          message: `The ${pm.visibility} post-mortem for "${incident.title}" is due by ${dueAt.toISOString()}.`,
        });
    }
    return out;
  }
  const due = nextUpdateDueFor(incident, policy.document, now);
  if (due && now >= due) {
    const first = incident.updates.length === 0;
    out.push({
      kind: first ? "first_update" : "update_due",
      dueAt: due,
      message: `${incident.severity} "${incident.title}": the ${first ? "first " : ""}public update was due at ${due.toISOString()}.`,
    });
  }
  if (isExtendedOutage(incident, policy.document, now)) {
    const { afterMinutes, cadenceMinutes } = policy.document.extendedOutage;
    out.push({
      kind: "extended_outage",
      dueAt: new Date(incident.declaredAt.getTime() + afterMinutes * 60_000),
      message:
        `${incident.severity} "${incident.title}" has no ETA after ${afterMinutes / 60} h: ` +
        `updates every ${cadenceMinutes} min, executives escalated, decide on SLA credits, ` +
        "and say what is known and what is not.",
    });
  }
  return out;
}
