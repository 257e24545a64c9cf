import type { Incident } from "../incidents/model";
import { applyLinks } from "./apply";
import { backfillStep } from "./backfill";
import { runAutoClose } from "./close";
import type { DeskDeps } from "./deps";
import { loadMatcher } from "./receive";
import { ensureProblemTicket, syncMacro } from "./setup";
import { scanSurges } from "./surges";

const dayMs = 86_400_000;

export interface DeskWorkReport {
  applied: number;
  incidents: number;
  surges: number;
}

/** Resolved incidents whose help-desk side is not finished: macro still active or auto-close not done. */
async function resolvedWithWorkLeft(deps: DeskDeps): Promise<Incident[]> {
  const recent = await deps.ctx.store.listIncidents({
    phase: "resolved",
    drill: "any",
    since: new Date(deps.ctx.clock.now().getTime() - 7 * dayMs),
  });
  const desks = await deps.store.listDesks(recent.map((i) => i.id));
  return recent.filter((i) => desks.some((d) => d.incidentId === i.id && (d.close.state !== "done" || d.macroActive)));
}

/**
 * All help-desk work, driven by stored state so any run (cron, queue, a kick after a webhook)
 * continues where the last stopped: apply links, set up each open incident (problem ticket, macro,
 * backfill), finish resolved ones (macro off, auto-close), then look for ticket surges.
 */
export async function runDeskWork(deps: DeskDeps, pause: (ms: number) => Promise<void>): Promise<DeskWorkReport> {
  let applied = 0;
  for (let n = await applyLinks(deps); n > 0; n = await applyLinks(deps)) applied += n;
  const open = (await deps.ctx.store.listIncidents({ phase: "open", drill: "any" })).filter((i) => !i.parentId);
  const matcher = open.length ? await loadMatcher(deps) : null;
  for (const incident of open) {
    matcher!.problemTickets.add(await ensureProblemTicket(deps, incident));
    await syncMacro(deps, incident);
    await backfillStep(deps, incident, matcher!);
  }
  for (let n = await applyLinks(deps); n > 0; n = await applyLinks(deps)) applied += n;
  const resolved = await resolvedWithWorkLeft(deps);
  for (const incident of resolved) {
    await syncMacro(deps, incident);
    await runAutoClose(deps, incident, pause);
  }
  const surges = await scanSurges(deps);
  return { applied, incidents: open.length + resolved.length, surges: surges.length };
}
