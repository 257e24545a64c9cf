import type { Incident } from "../incidents/model";
import type { Ctx } from "../shared/context";
import type { Locale, MessageChannel, TemplateKind, TemplateText } from "../templates/catalog";
import { type ComposedMessage, composeMessage } from "../templates/compose";
import type { VariableValue } from "../templates/render";
import { templateValues } from "./values";

/** The policy an incident was declared under: it keeps that version. */
export async function policyFor(ctx: Ctx, incident: Incident) {
  return incident.policyVersion === ctx.policy.version
    ? ctx.policy
    : ((await ctx.store.getPolicy(incident.policyVersion)) ?? ctx.policy);
}

export interface RenderRequest {
  kind: TemplateKind;
  channel: MessageChannel;
  locale: string;
  timeZone?: string;
  variables: Record<string, VariableValue>;
  /** The phase the message speaks for; the guardrails judge cause claims by it. */
  phase?: Incident["phase"];
}

/**
 * Loads what rendering needs for one incident (its policy, component names, stored templates)
 * once, and returns a renderer for any kind, channel and locale.
 */
export async function incidentRenderer(ctx: Ctx, incident: Incident, page: { url: string; name: string }) {
  const [policy, components, stored] = await Promise.all([
    policyFor(ctx, incident),
    ctx.store.listComponents(),
    ctx.comms.latestTemplates(),
  ]);
  const componentNames = new Map(components.map((c) => [c.id, c.name]));
  const render = (o: RenderRequest): ComposedMessage => {
    const overrides = (l: Locale): TemplateText | undefined => stored.find((t) => t.kind === o.kind && t.locale === l);
    const values = templateValues({
      incident,
      componentNames,
      policy: policy.document,
      now: ctx.clock.now(),
      pageUrl: page.url,
      company: page.name,
      variables: o.variables,
      locale: o.locale,
    });
    return composeMessage({
      kind: o.kind,
      channel: o.channel,
      locale: o.locale,
      timeZone: o.timeZone ?? "Etc/UTC",
      values,
      policy: policy.document,
      phase: o.phase ?? incident.phase,
      overrides,
    });
  };
  return { policy, render };
}

/** Renders one message with the incident's real data and any stored template override. */
export async function renderForIncident(
  ctx: Ctx,
  o: RenderRequest & { incident: Incident; page: { url: string; name: string } },
): Promise<ComposedMessage> {
  return (await incidentRenderer(ctx, o.incident, o.page)).render(o);
}
