import type { Incident } from "../incidents/model";
import { archiveHelpdeskText } from "../publish/helpdesk";
import { type DeskDeps, helpDeskOf } from "./deps";
import { approvedReply, macroTitle, statusUrl } from "./messages";
import { emptyDesk, type IncidentDesk, incidentTag } from "./model";

/** The incident's help-desk record, created (with a backfill queued) the first time it is needed. */
export async function deskFor(deps: Pick<DeskDeps, "store">, incidentId: string): Promise<IncidentDesk> {
  const found = await deps.store.getDesk(incidentId);
  if (found) return found;
  const desk = emptyDesk(incidentId);
  await deps.store.saveDesk(desk);
  return desk;
}

/** One problem ticket per incident; matched tickets become its incidents. */
export async function ensureProblemTicket(deps: DeskDeps, incident: Incident): Promise<string> {
  const desk = await deskFor(deps, incident.id);
  if (desk.problemTicketId) return desk.problemTicketId;
  const problemTicketId = await helpDeskOf(deps, incident).ensureProblemTicket({
    externalId: `liaison:${incident.id}`,
    subject: `[${incident.severity}] ${incident.title}`,
    body: `Problem ticket kept by Liaison for incident ${incident.id}. Customer tickets about it are linked here and solved when it resolves.\nStatus page: ${statusUrl(deps, incident)}`,
    tags: [incidentTag(incident.id)],
  });
  await deps.store.saveDesk({ ...(await deskFor(deps, incident.id)), problemTicketId });
  return problemTicketId;
}

/**
 * Keeps the incident's macro holding the current approved reply: created at declaration, rewritten
 * whenever a new update is published, deactivated once the incident resolves.
 */
export async function syncMacro(deps: DeskDeps, incident: Incident): Promise<boolean> {
  const desk = await deskFor(deps, incident.id);
  const latest = incident.updates[0]?.id ?? null;
  const active = incident.phase !== "resolved";
  if (desk.macroId && desk.macroUpdateId === latest && desk.macroActive === active) return false;
  const reply = await approvedReply(deps, incident, null);
  const macroId = await helpDeskOf(deps, incident).saveMacro(desk.macroId, {
    title: macroTitle(incident),
    comment: reply.text,
    tags: [incidentTag(incident.id)],
    active,
  });
  await deps.store.saveDesk({
    ...(await deskFor(deps, incident.id)),
    macroId,
    macroUpdateId: latest,
    macroActive: active,
  });
  await archiveHelpdeskText(deps.ctx, incident, {
    channel: "helpdesk_macro",
    locale: reply.locale,
    text: reply.text,
    audience: macroTitle(incident),
  });
  return true;
}
