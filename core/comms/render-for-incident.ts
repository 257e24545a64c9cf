import type { Incident } from "../incidents/model";
import type { Ctx } from "../shared/context";
import type { Locale, MessageChannel, TemplateKind, TemplateText } from "../templates/catalog";
import { composeMessage, type ComposedMessage } from "../templates/compose";
import { templateValues } from "./values";

/** The policy an incident was declared under: it keeps that version. */
export async function policyFor(ctx: Ctx, incident: Incident) {
  return incident.policyVersion === ctx.policy.version ? ctx.policy : (await ctx.store.getPolicy(incident.policyVersion)) ?? ctx.policy;
}

/** Renders a kind for one channel and locale with the incident's real data and any stored template override. */
export async function renderForIncident(ctx: Ctx, o: {
  incident: Incident; kind: TemplateKind; channel: MessageChannel; locale: string; timeZone?: string;
  variables: Record<string, string | string[]>; page: { url: string; name: string };
  /** The phase the message speaks for; the guardrails judge cause claims by it. */
  phase?: Incident["phase"];
}): Promise<ComposedMessage> {
  const [policy, components, stored] = await Promise.all([policyFor(ctx, o.incident), ctx.store.listComponents(), ctx.comms.latestTemplates()]);
  const overrides = (l: Locale): TemplateText | undefined => stored.find((t) => t.kind === o.kind && t.locale === l);
  const values = templateValues({ incident: o.incident, componentNames: new Map(components.map((c) => [c.id, c.name])), policy: policy.document, now: ctx.clock.now(), pageUrl: o.page.url, company: o.page.name, variables: o.variables });
  return composeMessage({ kind: o.kind, channel: o.channel, locale: o.locale, timeZone: o.timeZone ?? "Etc/UTC", values, policy: policy.document, phase: o.phase ?? o.incident.phase, overrides });
}
