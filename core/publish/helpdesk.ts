import { archiveEntries, saveWithArchive } from "../archive/append";
import { policyFor } from "../comms/render-for-incident";
import { templateValues } from "../comms/values";
import type { Incident } from "../incidents/model";
import { nextUpdateDueFor } from "../policy/cadence";
import type { Ctx } from "../shared/context";
import type { Locale } from "../templates/catalog";
import { composeRenderings } from "./compose";

/**
 * The help-desk rendering of the incident's latest publication: the same approved words, in the
 * help-desk frame, promising the update already due (a reply goes out between updates).
 */
export async function helpdeskRendering(
  ctx: Ctx,
  incident: Incident,
  page: { url: string; name: string },
  locale: string,
): Promise<{ locale: string; subject: string | null; text: string }> {
  const policy = await policyFor(ctx, incident);
  const [components, stored] = await Promise.all([ctx.store.listComponents(), ctx.comms.latestTemplates()]);
  const kind = incident.phase === "resolved" ? "helpdesk_resolved" : "helpdesk_reply";
  const due = nextUpdateDueFor(incident, policy.document, ctx.clock.now());
  const words = incident.updates.find((u) => u.kind !== "post_incident_summary") ?? incident.updates[0];
  const [, reply] = composeRenderings({
    kind,
    phase: incident.phase,
    message: words?.body ?? incident.title,
    locales: [locale],
    channels: ["helpdesk"],
    values: templateValues({
      incident,
      componentNames: new Map(components.map((c) => [c.id, c.name])),
      policy: policy.document,
      now: ctx.clock.now(),
      pageUrl: page.url,
      company: page.name,
      variables: { next_update_at: due ?? undefined },
      locale,
    }),
    policy: policy.document,
    overrides: (l: Locale) => stored.find((t) => t.kind === kind && t.locale === l),
  });
  return { locale: reply!.locale, subject: reply!.subject, text: reply!.text };
}

/** What reached the help desk (a macro, a public reply, an auto-close comment), on the archive's chain. */
export async function archiveHelpdeskText(
  ctx: Ctx,
  incident: Incident,
  o: {
    channel: "helpdesk_macro" | "helpdesk_reply" | "helpdesk_close";
    locale: string;
    text: string;
    audience: string;
  },
): Promise<void> {
  const policy = await policyFor(ctx, incident);
  await saveWithArchive(
    ctx,
    () =>
      archiveEntries(ctx, [{ channel: o.channel, locale: o.locale, subject: null, text: o.text }], {
        incidentId: incident.id,
        kind: incident.phase === "resolved" ? "helpdesk_resolved" : "helpdesk_reply",
        approvals: [],
        policyVersion: policy.version,
        audience: JSON.stringify({ internal: false, channel: "helpdesk", to: o.audience }),
      }),
    (entries) => ctx.comms.appendArchive(entries),
  );
}
