import type { SurgeRecord } from "../ports/helpdesk";
import { event } from "../shared/events";
import { type ActiveIncidentFacts, explainSurge, type Surge } from "../surge/correlate";
import { defaultSurgeSettings, type SurgeSettings, testSurge } from "../surge/detect";
import type { DeskDeps } from "./deps";
import { rulesFor } from "./known-issues";

const hourMs = 3_600_000;
const weekMs = 7 * 24 * hourMs;

function parseKey(key: string): Surge["series"] {
  const [kind, ...rest] = key.split(":");
  return kind === "total"
    ? { kind: "total", key: "total" }
    : { kind: kind as Surge["series"]["kind"], key: rest.join(":") };
}

async function activeIncidentFacts(deps: DeskDeps): Promise<ActiveIncidentFacts[]> {
  const [incidents, components] = await Promise.all([
    deps.ctx.store.listIncidents({ phase: "open" }),
    deps.ctx.store.listComponents(),
  ]);
  const desks = await deps.store.listDesks(incidents.map((i) => i.id));
  return incidents.map((i) => {
    const rules = rulesFor(i, desks.find((d) => d.incidentId === i.id) ?? null, components);
    return {
      id: i.id,
      startedAt: i.impactStartAt,
      components: rules.components,
      keywords: [...rules.keywords, ...Object.values(rules.synonyms).flat()],
      organizations: rules.organizations,
    };
  });
}

/**
 * Tests every busy ticket-volume series against its hour-of-week baseline. New surges are correlated
 * with open incidents; those no incident explains raise one "unexplained surge" alert per scan.
 * Open surges are re-explained each scan (an incident may be declared later) and end when calm.
 */
export async function scanSurges(deps: DeskDeps, s: SurgeSettings = defaultSurgeSettings): Promise<SurgeRecord[]> {
  const now = deps.ctx.clock.now();
  const [busy, open] = await Promise.all([
    deps.store.busySeries(new Date(now.getTime() - s.windowMinutes * 60_000), s.minCount),
    deps.store.openSurges(),
  ]);
  if (!busy.length && !open.length) return [];
  const hour = Math.floor(now.getTime() / hourMs) * hourMs;
  const starts = Array.from({ length: s.weeks }, (_, w) => new Date(hour - (w + 1) * weekMs));
  const history = await deps.store.seriesCounts(
    busy.map((b) => b.key),
    starts,
    hourMs,
  );
  const since = new Date(now.getTime() - s.windowMinutes * 60_000);
  const [incidents, linked] = await Promise.all([
    activeIncidentFacts(deps),
    deps.store.linkedInSeries(
      busy.map((b) => b.key),
      since,
    ),
  ]);
  // Tickets Liaison already linked to an incident are explained by it, whatever words they share.
  const linkedTo = (key: string, count: number) =>
    linked.filter((l) => l.key === key && l.count * 2 >= count).map((l) => l.incidentId);
  const fresh: SurgeRecord[] = [];
  for (const b of busy) {
    const verdict = testSurge({ counts: history.get(b.key) ?? new Map() }, b.count, now, s);
    const current = open.find((o) => o.seriesKey === b.key);
    if (!verdict.surge) continue;
    const surge: Surge = {
      series: parseKey(b.key),
      startedAt: current?.startedAt ?? now,
      observed: b.count,
      expected: verdict.expected,
    };
    const record: SurgeRecord = {
      id: current?.id ?? deps.ctx.newId("event"),
      seriesKey: b.key,
      startedAt: surge.startedAt,
      observed: b.count,
      expected: verdict.expected,
      explainedBy: [...new Set([...explainSurge(surge, incidents), ...linkedTo(b.key, b.count)])],
      endedAt: null,
    };
    if (!current) fresh.push(record);
    else await deps.store.saveSurge(record, []);
  }
  for (const o of open)
    if (!busy.some((b) => b.key === o.seriesKey)) await deps.store.saveSurge({ ...o, endedAt: now }, []);
  const unexplained = fresh.filter((r) => !r.explainedBy.length);
  for (const [i, r] of fresh.entries()) {
    const alert =
      i === 0 && unexplained.length
        ? [
            event(deps.ctx, "helpdesk.unexplained_surge", r.id, {
              series: unexplained.map((u) => ({
                key: u.seriesKey,
                observed: u.observed,
                expected: Math.round(u.expected * 100) / 100,
              })),
              windowMinutes: s.windowMinutes,
            }),
          ]
        : [];
    await deps.store.saveSurge(r, alert);
  }
  return fresh;
}
