import type { Principal } from "../auth/roles";
import type { Reminder } from "../comms/model";
import type { AlertStore } from "../ports/alerts";
import type { DomainEvent } from "../ports/store";
import type { Ctx } from "../shared/context";
import { event } from "../shared/events";
import { resolvedPrompt, summarise } from "./candidate";
import { confirmCandidate } from "./confirm";
import { mapSignal } from "./mapping";
import { type AlertSignal, type AlertSource, type Candidate, groupKeyOf, type StoredSignal, signalKey } from "./model";

/** Who acts when the policy confirms a candidate by itself. */
export const monitoringActor: Principal = {
  tokenId: null,
  name: "Liaison monitoring (auto-confirm)",
  role: "commander",
  approves: [],
};

export interface IngestInput {
  source: AlertSource;
  /** Unique per webhook delivery; a redelivery carries the same key and changes nothing. */
  deliveryKey: string;
  signals: AlertSignal[];
}

export interface IngestResult {
  duplicate: boolean;
  candidates: Candidate[];
  opened: string[];
  autoConfirmed: string[];
}

const minutes = (n: number) => n * 60_000;

/**
 * Applies one delivery of alerts: each signal is mapped, tracked per fingerprint (a signal that
 * fires again within the flapping window rejoins its candidate), and grouped into a candidate by
 * shared components or vendor group. Candidates are internal; the only customer-facing path is
 * confirmation. A confirmed incident whose signals have all resolved prompts its commander.
 */
export async function ingestAlerts({
  ctx,
  alerts,
  input,
}: {
  ctx: Ctx;
  alerts: AlertStore;
  input: IngestInput;
}): Promise<IngestResult> {
  const none: IngestResult = { duplicate: true, candidates: [], opened: [], autoConfirmed: [] };
  if (await alerts.hasDelivery(input.deliveryKey)) return none;
  const now = ctx.clock.now();
  const settings = ctx.policy.document.monitoring;
  const incoming = [...new Map(input.signals.map((s) => [signalKey(s), s])).values()];
  const [components, existing, active] = await Promise.all([
    ctx.store.listComponents(),
    alerts.getSignals(incoming.map(signalKey)),
    alerts.activeCandidates(new Date(now.getTime() - minutes(settings.groupWindowMinutes))),
  ]);
  const known = new Map(existing.map((s) => [s.key, s]));
  const candidates = new Map<string, Candidate>(active.map((c) => [c.id, c]));
  for (const c of await alerts.getCandidates(
    [...new Set(existing.map((s) => s.candidateId))].filter((id) => !candidates.has(id)),
  ))
    candidates.set(c.id, c);
  const wasResolved = new Map([...candidates.values()].map((c) => [c.id, c.allResolvedAt !== null]));
  const touched = new Map<string, StoredSignal>();
  const opened: string[] = [];

  const freshCandidate = (s: AlertSignal): Candidate => {
    const c: Candidate = {
      id: ctx.newId("candidate"),
      status: "open",
      title: s.title,
      sources: [s.source],
      components: [],
      regions: [],
      groupKeys: [],
      suggestedSeverity: "P3",
      reasons: [],
      firstSignalAt: now,
      lastSignalAt: now,
      firing: 0,
      total: 0,
      incidentId: null,
      decidedBy: null,
      decidedAt: null,
      declineReason: null,
      allResolvedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    candidates.set(c.id, c);
    opened.push(c.id);
    return c;
  };
  /** The live candidate sharing a component, or else the vendor group, of this signal. */
  const groupFor = (s: AlertSignal, componentIds: string[]): Candidate => {
    const joinable = [...candidates.values()].filter((c) => c.status !== "declined" && c.allResolvedAt === null);
    const peers = [...touched.values()];
    const group = groupKeyOf(s);
    const shares = (c: Candidate, p: (x: { components: string[]; groupKeys: string[] }) => boolean) =>
      p(c) ||
      peers.some((x) => x.candidateId === c.id && p({ components: x.components, groupKeys: [groupKeyOf(x) ?? ""] }));
    const match =
      joinable.find((c) => shares(c, (x) => x.components.some((id) => componentIds.includes(id)))) ??
      (group ? joinable.find((c) => shares(c, (x) => x.groupKeys.includes(group))) : undefined);
    return match ?? freshCandidate(s);
  };

  for (const s of incoming) {
    const key = signalKey(s);
    const prev = touched.get(key) ?? known.get(key);
    const mapped = mapSignal(s, settings, components);
    const base = {
      key,
      source: s.source,
      fingerprint: s.fingerprint,
      title: s.title,
      labels: s.labels,
      severityHint: mapped.severityHint,
      impact: mapped.impact,
      components: mapped.components,
      regions: mapped.regions,
      url: s.url,
      groupKey: s.groupKey,
      lastChangeAt: now,
    };
    if (s.status === "resolved") {
      if (prev && prev.status === "firing")
        touched.set(key, { ...prev, ...base, status: "resolved", resolvedAt: s.endsAt ?? now });
      continue; // a resolution for an alert Liaison never saw firing has nothing to close
    }
    if (prev?.status === "firing") {
      touched.set(key, { ...prev, ...base, status: "firing" });
      continue;
    }
    const flapping =
      prev?.resolvedAt && now.getTime() - prev.resolvedAt.getTime() <= minutes(settings.flapWindowMinutes);
    if (prev && flapping) {
      touched.set(key, { ...prev, ...base, status: "firing", resolvedAt: null, flaps: prev.flaps + 1 });
      continue;
    }
    const candidate = groupFor(s, mapped.components);
    touched.set(key, {
      ...base,
      candidateId: candidate.id,
      status: "firing",
      firstFiredAt: s.startsAt < now ? s.startsAt : now,
      resolvedAt: null,
      flaps: 0,
    });
    if (opened.includes(candidate.id) && candidate.firstSignalAt > s.startsAt)
      candidates.set(candidate.id, { ...candidate, firstSignalAt: s.startsAt });
  }

  const changedIds = new Set([...touched.values()].map((s) => s.candidateId));
  const stored = await alerts.signalsOf([...changedIds].filter((id) => !opened.includes(id)));
  const all = new Map(stored.map((s) => [s.key, s]));
  for (const s of touched.values()) all.set(s.key, s);
  const reminders: Reminder[] = [];
  const events: DomainEvent[] = [];
  const changed: Candidate[] = [];
  for (const id of changedIds) {
    let c = summarise(
      candidates.get(id)!,
      [...all.values()].filter((s) => s.candidateId === id),
      ctx.policy.document.peakHours,
      now,
    );
    if (c.status === "confirmed" && c.firing === 0 && !wasResolved.get(id)) {
      c = { ...c, allResolvedAt: now };
      const prompt = resolvedPrompt(c, now);
      reminders.push(prompt);
      events.push({
        ...event(ctx, "reminder.ready", c.incidentId!, {
          reminder: { ...prompt, dueAt: now.toISOString(), createdAt: now.toISOString() },
          audience: "internal",
        }),
        id: `evt_${prompt.id}`,
      });
    }
    if (opened.includes(id))
      events.push(
        event(ctx, "alerts.candidate_opened", id, {
          title: c.title,
          severity: c.suggestedSeverity,
          sources: c.sources,
        }),
      );
    changed.push(c);
  }
  const saved = await alerts.saveIntake({
    delivery: { key: input.deliveryKey, source: input.source, receivedAt: now },
    signals: [...touched.values()],
    candidates: changed,
    reminders,
    events,
  });
  if (!saved) return none;
  const autoConfirmed = await autoConfirm(
    ctx,
    alerts,
    changed.filter((c) => c.status === "open"),
  );
  return { duplicate: false, candidates: changed, opened, autoConfirmed };
}

/** Confirms candidates whose suggested severity the policy confirms by itself. */
async function autoConfirm(ctx: Ctx, alerts: AlertStore, open: Candidate[]): Promise<string[]> {
  const done: string[] = [];
  for (const c of open) {
    const rule = ctx.policy.document.monitoring.autoConfirm.find((r) => r.severities.includes(c.suggestedSeverity));
    if (!rule) continue;
    await confirmCandidate({
      ctx: { ...ctx, actor: monitoringActor },
      alerts,
      input: { candidateId: c.id, message: rule.message },
    });
    done.push(c.id);
  }
  return done;
}
