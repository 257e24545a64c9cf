import { policyFor } from "../comms/render-for-incident";
import type { Incident } from "../incidents/model";
import { nextUpdateDueFor } from "../policy/cadence";
import { helpdeskRendering } from "../publish/helpdesk";
import type { DeskDeps } from "./deps";
import type { TicketLink } from "./model";

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
export const statusUrl = (deps: Pick<DeskDeps, "page">, incident: Incident) =>
  `${deps.page.url}/incidents/${incident.parentId ?? incident.id}`;
export const macroTitle = (incident: Incident) => `Liaison: ${incident.title} (${incident.id})`;

/** The internal note an agent sees on a linked or suggested ticket: status, next update, and why. */
export async function linkNote(deps: DeskDeps, incident: Incident, link: TicketLink): Promise<string> {
  const policy = await policyFor(deps.ctx, incident);
  const due = nextUpdateDueFor(incident, policy.document, deps.ctx.clock.now());
  const latest = incident.updates[0];
  const verb =
    link.state === "suggested"
      ? "thinks this ticket may be about"
      : link.mode === "manual"
        ? `(${link.linkedBy}) linked this ticket to`
        : "linked this ticket to";
  return [
    `Liaison ${verb} a known incident: ${incident.title} (${incident.severity}, ${incident.phase}).`,
    link.reasons.length ? `Why: ${link.reasons.join("; ")}.` : null,
    latest ? `Latest public update: ${latest.body}` : null,
    due ? `Next public update due by ${utc(due)}.` : null,
    `Status page: ${statusUrl(deps, incident)}`,
    link.state === "linked"
      ? `Reply with the macro "${macroTitle(incident)}"; it always holds the approved wording.`
      : "Link it from the Liaison app if it is.",
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * The approved help-desk wording for an incident: the words of its latest publication in the
 * help-desk frame (the reply while open, the resolution once resolved).
 */
export async function approvedReply(
  deps: Pick<DeskDeps, "ctx" | "page" | "settings">,
  incident: Incident,
  locale: string | null,
): Promise<{ locale: string; text: string }> {
  const reply = await helpdeskRendering(deps.ctx, incident, deps.page, locale ?? deps.settings.defaultLocale);
  return { locale: reply.locale, text: reply.text };
}
