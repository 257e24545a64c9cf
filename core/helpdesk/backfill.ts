import type { Incident } from "../incidents/model";
import { type DeskDeps, helpDeskOf } from "./deps";
import type { IncidentDesk } from "./model";
import { type loadMatcher, receiveTicket } from "./receive";
import { deskFor } from "./setup";

/**
 * Searches the tickets created since the incident started (minus the rules' lead time), a few pages
 * per run, and links those that match. Progress (done/total) and the search cursor are saved after
 * every page, so a crash resumes where it stopped.
 */
export async function backfillStep(
  deps: DeskDeps,
  incident: Incident,
  matcher: Awaited<ReturnType<typeof loadMatcher>>,
  maxPages = 5,
): Promise<IncidentDesk> {
  let desk = await deskFor(deps, incident.id);
  if (desk.backfill.state !== "running") return desk;
  const lead = (desk.rules?.leadMinutes ?? 30) * 60_000;
  const since = new Date(incident.impactStartAt.getTime() - lead);
  try {
    if (desk.backfill.total === null) {
      desk = {
        ...desk,
        backfill: { ...desk.backfill, total: await helpDeskOf(deps, incident).countCreatedSince(since) },
      };
      await deps.store.saveDesk(desk);
    }
    for (let page = 0; page < maxPages; page++) {
      const result = await helpDeskOf(deps, incident).searchCreatedSince(since, desk.backfill.cursor);
      for (const ticket of result.tickets)
        await receiveTicket(deps, { ticket, actor: "end-user", at: ticket.createdAt, fromSearch: true }, matcher);
      const done = desk.backfill.done + result.tickets.length;
      desk = { ...(await deskFor(deps, incident.id)) };
      desk.backfill = {
        ...desk.backfill,
        done,
        cursor: result.next,
        total: Math.max(desk.backfill.total ?? 0, done),
        state: result.next ? "running" : "done",
      };
      await deps.store.saveDesk(desk);
      if (!result.next) break;
    }
  } catch (e) {
    desk = { ...(await deskFor(deps, incident.id)) };
    desk.backfill = { ...desk.backfill, error: (e as Error).message };
    await deps.store.saveDesk(desk);
  }
  return desk;
}
