import { archiveEntries } from "../archive/append";
import type { ArchiveEntry } from "../archive/chain";
import { policyFor } from "../comms/render-for-incident";
import { templateValues } from "../comms/values";
import type { Incident, IncidentPhase } from "../incidents/model";
import type { ActivePolicy } from "../policy/document";
import type { Publication } from "../ports/notifier";
import type { DomainEvent } from "../ports/store";
import type { Ctx } from "../shared/context";
import { event } from "../shared/events";
import type { Locale, MessageChannel, TemplateKind } from "../templates/catalog";
import type { ComposedMessage } from "../templates/compose";
import { composeRenderings } from "./compose";
import { type Acknowledgement, checkGuardrails, type GuardrailOverride, type SignOff, signOffs } from "./guard";
import { titleRendering } from "./title";

/** A sign-off as the archive keeps it. */

export interface IncidentMessage {
  /** The incident as it will be once the message is out (its phase, components and regions). */
  incident: Incident;
  kind: TemplateKind;
  phase: IncidentPhase;
  /** The approved words. */
  message: string;
  locales?: readonly string[];
  translations?: Readonly<Record<string, string>>;
  acknowledge?: Acknowledgement;
  /** Sign-offs the message already carries (draft approvals, a direct-post override). */
  signOffs?: SignOff[];
}

/** Everything one publication adds to the write that publishes it. */
export interface PreparedPublication {
  publication: Publication;
  guardrailOverride: GuardrailOverride | null;
  /** The outbox hand-off to every fan-out (subscribers, help desk, CRM). */
  event: DomainEvent;
  /** Builds the archive rows (call again after a sequence clash). */
  archive: () => Promise<ArchiveEntry[]>;
}

/** The page a publication links to; the hub always sets it, scripts and tests may leave it out. */
export const pageOf = (ctx: Pick<Ctx, "page">) => ctx.page ?? { url: "https://status.invalid", name: "Status" };

const noNextUpdate = new Set<TemplateKind>(["resolved", "false_alarm", "post_incident_summary"]);

/**
 * The one pipeline for a message about an incident: compose every rendering from the approved
 * words, run the guardrails on each, and prepare the archive rows and the publication that fans out.
 */
export async function prepareIncidentPublication(ctx: Ctx, m: IncidentMessage): Promise<PreparedPublication> {
  const page = pageOf(ctx);
  const policy = await policyFor(ctx, m.incident);
  const [components, stored] = await Promise.all([ctx.store.listComponents(), ctx.comms.latestTemplates()]);
  const componentNames = new Map(components.map((c) => [c.id, c.name]));
  const values = templateValues({
    incident: m.incident,
    componentNames,
    policy: policy.document,
    now: ctx.clock.now(),
    pageUrl: page.url,
    company: page.name,
    variables: noNextUpdate.has(m.kind) ? { next_update_at: undefined } : {},
  });
  const messages = composeRenderings({
    kind: m.kind,
    phase: m.phase,
    message: m.message,
    translations: m.translations,
    locales: m.locales?.length ? m.locales : ["en"],
    channels: [...channelsFor(policy, m.incident), "helpdesk"],
    values,
    policy: policy.document,
    overrides: (l: Locale) => stored.find((t) => t.kind === m.kind && t.locale === l),
  });
  const title = titleRendering(m.incident.title, policy, m.phase);
  const guardrailOverride = checkGuardrails(ctx, [...messages, title], m.acknowledge);
  const publication: Publication = {
    id: ctx.newId("publication"),
    incidentId: m.incident.id,
    kind: m.kind,
    messages,
    createdAt: ctx.clock.now(),
    audience: {
      internal: false,
      regions: m.incident.regions,
      segments: m.incident.segments,
      channelTiers: policy.document.severities[m.incident.severity].channelTiers,
    },
  };
  return {
    publication,
    guardrailOverride,
    event: event(ctx, "publication.ready", m.incident.id, { publication }),
    archive: () => archivePublication(ctx, publication, policy, signOffs(m.signOffs ?? [], guardrailOverride)),
  };
}

const channelsFor = (policy: ActivePolicy, incident: Incident) =>
  policy.document.severities[incident.severity].channels.filter((c) => c !== "status_page") as MessageChannel[];

/** Every rendering of a publication on the archive's hash chain. */
export const archivePublication = (
  ctx: Ctx,
  p: Publication,
  policy: Pick<ActivePolicy, "version">,
  approvals: SignOff[],
  subjectId: string | null = p.incidentId,
) =>
  archiveEntries(ctx, p.messages as ComposedMessage[], {
    incidentId: subjectId,
    kind: p.kind,
    approvals,
    policyVersion: policy.version,
    audience: JSON.stringify(p.audience),
  });
