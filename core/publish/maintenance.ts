import type { Maintenance } from "../maintenance/model";
import type { Publication } from "../ports/notifier";
import type { Ctx } from "../shared/context";
import { event } from "../shared/events";
import type { Locale, MessageChannel, TemplateKind } from "../templates/catalog";
import { composeRenderings } from "./compose";
import { type Acknowledgement, checkGuardrails, signOffs } from "./guard";
import { archivePublication, type PreparedPublication, pageOf } from "./incident";
import { titleRendering } from "./title";

/** Maintenance has no severity; its notices go by email and to the in-app banner besides the page. */
export const maintenanceChannels: readonly MessageChannel[] = ["email", "in_app"];

/** The template kind a maintenance message speaks as, from what the change does. */
export function maintenanceKind(before: Maintenance | null, after: Maintenance): TemplateKind {
  if (before && after.status !== before.status) {
    if (after.status === "in_progress") return "maintenance_start";
    if (after.status === "completed") return "maintenance_complete";
  }
  const running = after.status === "in_progress" || after.status === "verifying";
  if (before && running && after.scheduledUntil > before.scheduledUntil) return "maintenance_overrun";
  return "maintenance_notice";
}

/** The one pipeline for a maintenance message: the same renderings, guardrails, archive and fan-out. */
export async function prepareMaintenancePublication(
  ctx: Ctx,
  m: { maintenance: Maintenance; kind: TemplateKind; message: string; acknowledge?: Acknowledgement },
): Promise<PreparedPublication> {
  const page = pageOf(ctx);
  const [components, stored] = await Promise.all([ctx.store.listComponents(), ctx.comms.latestTemplates()]);
  const names = components.filter((c) => m.maintenance.componentIds.includes(c.id)).map((c) => c.name);
  const messages = composeRenderings({
    kind: m.kind,
    message: m.message,
    locales: ["en"],
    channels: maintenanceChannels,
    values: {
      company: page.name,
      title: m.maintenance.title,
      affected: names.length ? names : ["our service"],
      window_start: m.maintenance.scheduledFor,
      window_end: m.maintenance.scheduledUntil,
      new_end: m.maintenance.scheduledUntil,
      status_url: page.url,
    },
    policy: ctx.policy.document,
    overrides: (l: Locale) => stored.find((t) => t.kind === m.kind && t.locale === l),
  });
  const title = titleRendering(m.maintenance.title, ctx.policy);
  const guardrailOverride = checkGuardrails(ctx, [...messages, title], m.acknowledge);
  const publication: Publication = {
    id: ctx.newId("publication"),
    incidentId: null,
    kind: m.kind,
    messages,
    createdAt: ctx.clock.now(),
    audience: { internal: false, regions: m.maintenance.regions, segments: [], channelTiers: {} },
  };
  return {
    publication,
    guardrailOverride,
    event: event(ctx, "publication.ready", m.maintenance.id, { publication }),
    archive: () => archivePublication(ctx, publication, ctx.policy, signOffs([], guardrailOverride), m.maintenance.id),
  };
}
