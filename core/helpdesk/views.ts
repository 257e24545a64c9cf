import { policyFor } from "../comms/render-for-incident";
import type { Incident } from "../incidents/model";
import { nextUpdateDueFor } from "../policy/cadence";
import { notFound } from "../shared/errors";
import { rulesFor } from "./known-issues";
import type { DeskApiDeps } from "./manual";
import { approvedReply, statusUrl } from "./messages";
import type { TicketLink } from "./model";

function autoClose(incident: Incident, link: TicketLink) {
  if (incident.phase !== "resolved" || link.state !== "linked") return null;
  if (link.closeState === "solved") return { state: "solved" as const, reason: null };
  if (link.closeState === "kept_open") return { state: "kept_open" as const, reason: link.closeReason };
  return { state: "will_solve" as const, reason: null };
}

/** What the sidebar shows on one ticket: linked and suggested incidents, their status, and the approved reply. */
export async function ticketContext(deps: DeskApiDeps, input: { ticketId: string; locale: string | null }) {
  const [ticket, links] = await Promise.all([
    deps.store.getTicket(input.ticketId),
    deps.store.listLinks({ ticketId: input.ticketId, states: ["linked", "suggested"] }),
  ]);
  const incidents = [];
  for (const link of links.sort((a, b) =>
    a.state === b.state ? (b.score ?? 1) - (a.score ?? 1) : a.state === "linked" ? -1 : 1,
  )) {
    const incident = await deps.ctx.store.getIncident(link.incidentId);
    if (!incident) continue;
    const policy = await policyFor(deps.ctx, incident);
    const latest = incident.updates[0];
    incidents.push({
      id: incident.id,
      title: incident.title,
      severity: incident.severity,
      phase: incident.phase,
      url: statusUrl(deps, incident),
      link: {
        state: link.state,
        mode: link.state === "linked" ? link.mode : null,
        linkedBy: link.state === "linked" ? link.linkedBy : null,
        linkedAt: link.state === "linked" ? link.linkedAt : null,
        score: link.score,
        reasons: link.reasons,
      },
      latestUpdate: latest ? { body: latest.body, phase: latest.phase, at: latest.displayAt } : null,
      nextUpdateDueAt: nextUpdateDueFor(incident, policy.document, deps.ctx.clock.now()),
      reply: await approvedReply(deps, incident, input.locale ?? ticket?.locale ?? null),
      autoClose: autoClose(incident, link),
    });
  }
  const crm = ticket
    ? await deps.accounts?.({ organizationId: ticket.organizationId, organizationName: ticket.organizationName })
    : null;
  const account = crm
    ? { name: crm.name, tier: crm.tier, csm: crm.csm }
    : ticket?.tier
      ? {
          name: ticket.organizationName ?? ticket.organizationId ?? "Unknown organisation",
          tier: ticket.tier,
          csm: null,
        }
      : null;
  return { ticketId: input.ticketId, incidents, account };
}

/** The help-desk side of an incident: rules, problem ticket, macro, backfill, auto-close, and ticket KPIs. */
export async function incidentDeskStatus(deps: DeskApiDeps, incidentId: string) {
  const incident = await deps.ctx.store.getIncident(incidentId);
  if (!incident) throw notFound("Incident", incidentId);
  const [desk, links, curve, components] = await Promise.all([
    deps.store.getDesk(incidentId),
    deps.store.listLinks({ incidentId }),
    deps.store.linkedCurve(incidentId, 5 * 60_000),
    deps.ctx.store.listComponents(),
  ]);
  const count = (f: (l: TicketLink) => boolean) => links.filter(f).length;
  return {
    incident,
    desk,
    rules: rulesFor(incident, desk, components),
    rulesDerived: !desk?.rules,
    tickets: {
      linked: count((l) => l.state === "linked"),
      suggested: count((l) => l.state === "suggested"),
      unlinked: count((l) => l.state === "unlinked"),
      pendingOnHelpDesk: count((l) => l.state === "linked" && !l.appliedAt),
      solved: count((l) => l.closeState === "solved"),
      keptOpen: count((l) => l.closeState === "kept_open"),
    },
    curve,
  };
}
