import type { MatchRules } from "../matching/rules";
import type { HelpDesk } from "../ports/helpdesk";
import { DomainError, notFound } from "../shared/errors";
import { type DeskDeps, helpDeskOf } from "./deps";
import type { TicketLink } from "./model";
import { deskFor } from "./setup";

/** Manual actions work without a configured help desk too; the help-desk side catches up once one is. */
export type DeskApiDeps = Omit<DeskDeps, "desk"> & { desk: HelpDesk | null };

async function openIncident(deps: DeskApiDeps, incidentId: string) {
  const incident = await deps.ctx.store.getIncident(incidentId);
  if (!incident) throw notFound("Incident", incidentId);
  return incident;
}

/**
 * An agent links a ticket to an incident: the same tags, problem link and note as an automatic link
 * follow through the work run, and the link records who made it.
 */
/** Who acted: the agent named by an app that shares one token, and the token it came through. */
const actingAs = (deps: DeskApiDeps, agent: string | undefined) =>
  agent ? `${agent} via ${deps.ctx.actor.name}` : deps.ctx.actor.name;

export async function linkTicket(
  deps: DeskApiDeps,
  input: { ticketId: string; incidentId: string; agent?: string },
): Promise<TicketLink> {
  const incident = await openIncident(deps, input.incidentId);
  if (incident.phase === "resolved")
    throw new DomainError("conflict", `Incident '${incident.id}' is resolved; link tickets to an open incident.`);
  const [existing] = await deps.store.listLinks({ ticketId: input.ticketId, incidentId: incident.id });
  if (existing?.state === "linked") return existing;
  const desk = helpDeskOf(deps, incident);
  if (!(await deps.store.getTicket(input.ticketId)) && desk) {
    await deps.store.saveTicket(
      { ...(await desk.getTicket(input.ticketId)), customerRepliedAt: null, agentEngagedAt: null },
      [],
    );
  }
  const link: TicketLink = {
    ticketId: input.ticketId,
    incidentId: incident.id,
    state: "linked",
    mode: "manual",
    score: existing?.score ?? null,
    reasons: existing?.reasons ?? [],
    linkedBy: actingAs(deps, input.agent),
    linkedAt: deps.ctx.clock.now(),
    appliedAt: existing?.state === "unlinked" ? existing.appliedAt : null,
    applyAttempts: 0,
    closeState: null,
    closeReason: null,
    closedAt: null,
  };
  await deps.store.saveLinks([link]);
  return link;
}

/** An agent unlinks a ticket; Liaison never links it to that incident again by itself. */
export async function unlinkTicket(
  deps: DeskApiDeps,
  input: { ticketId: string; incidentId: string; agent?: string },
): Promise<void> {
  const [existing] = await deps.store.listLinks({ ticketId: input.ticketId, incidentId: input.incidentId });
  if (!existing || existing.state === "unlinked") throw notFound("Link", `${input.ticketId}→${input.incidentId}`);
  await deps.store.saveLinks([
    {
      ...existing,
      state: "unlinked",
      mode: "manual",
      linkedBy: actingAs(deps, input.agent),
      linkedAt: deps.ctx.clock.now(),
      applyAttempts: 0,
    },
  ]);
}

/** New match rules for an incident; the backfill starts again so earlier tickets are judged by them. */
export async function setMatchRules(deps: DeskApiDeps, input: { incidentId: string; rules: MatchRules | null }) {
  await openIncident(deps, input.incidentId);
  const desk = await deskFor(deps, input.incidentId);
  const next = {
    ...desk,
    rules: input.rules,
    backfill: { state: "running" as const, total: null, done: 0, cursor: null, error: null },
  };
  await deps.store.saveDesk(next);
  return next;
}
