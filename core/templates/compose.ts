import type { Finding } from "../guardrails/rules";
import { outsideOwnLinks, scanText } from "../guardrails/scan";
import type { IncidentPhase } from "../incidents/model";
import type { PolicyDocument } from "../policy/document";
import { textToHtml } from "../shared/encoding";
import { DomainError } from "../shared/errors";
import {
  fallbackChain,
  type Locale,
  type MessageChannel,
  type TemplateKind,
  type TemplateText,
  variableSpec,
} from "./catalog";
import { de } from "./defaults/de";
import { en } from "./defaults/en";
import { fr } from "./defaults/fr";
import { renderTemplate, type VariableValue } from "./render";
import { countSmsSegments, type SmsSegments } from "./sms";

const defaults: Record<Locale, Partial<Record<TemplateKind, TemplateText>>> = { en, fr, de };
export const channelLimits = { social: 280, in_app: 200 } as const;

/** Finds the wording for a kind: a stored override first, then the defaults, down the locale fallback chain. */
export function resolveTemplate(
  kind: TemplateKind,
  locale: string,
  overrides: (l: Locale) => TemplateText | undefined,
): { locale: Locale; text: TemplateText } {
  for (const l of fallbackChain(locale)) {
    const text = overrides(l) ?? defaults[l][kind];
    if (text) return { locale: l, text };
  }
  return { locale: "en", text: en[kind] };
}

export interface ComposedMessage {
  kind: TemplateKind;
  channel: MessageChannel;
  locale: Locale;
  subject: string | null;
  text: string;
  html: string | null;
  sms: SmsSegments | null;
  findings: (Finding & { field: "subject" | "text" })[];
}

/** Renders one kind for one channel and locale, checks the channel's limits and runs the guardrails. */
export function composeMessage(o: {
  kind: TemplateKind;
  channel: MessageChannel;
  locale: string;
  timeZone: string;
  values: Record<string, VariableValue>;
  policy: PolicyDocument;
  phase?: IncidentPhase;
  overrides?: (l: Locale) => TemplateText | undefined;
}): ComposedMessage {
  const { locale, text } = resolveTemplate(o.kind, o.locale, o.overrides ?? (() => undefined));
  // Dates and lists follow the audience's own tag (en-GB, fr-CA) when the wording is in its language.
  const formatLocale = o.locale.toLowerCase().startsWith(locale) ? o.locale : locale;
  const render = (t: string) =>
    renderTemplate(t, variableSpec, o.values, { locale: formatLocale, timeZone: o.timeZone });
  const short = o.channel === "sms" || o.channel === "in_app" || o.channel === "social";
  // The in-app banner links to the incident itself, so its 200 characters are not spent on the URL.
  const body =
    o.channel === "in_app"
      ? render(text.short.replace(/\{\{\s*status_url\s*\}\}/g, ""))
          .replace(/ {2,}/g, " ")
          .trim()
      : render(short ? text.short : text.body);
  const subject = o.channel === "email" || o.channel === "helpdesk" ? render(text.subject) : null;
  let sms: SmsSegments | null = null;
  if (o.channel === "sms") {
    sms = countSmsSegments(body);
    if (sms.segments > o.policy.sms.maxSegments) {
      throw new DomainError(
        "invalid_input",
        `The SMS needs ${sms.segments} segments (${sms.encoding}); the policy allows ${o.policy.sms.maxSegments}. Shorten it.`,
        { sms },
      );
    }
  }
  const limit = o.channel === "social" || o.channel === "in_app" ? channelLimits[o.channel] : null;
  if (limit && [...body].length > limit) {
    throw new DomainError(
      "invalid_input",
      `The ${o.channel} text is ${[...body].length} characters; the limit is ${limit}.`,
    );
  }
  const findings = [
    ...(subject
      ? scanText(subject, o.policy.guardrails, o.phase).map((f) => ({ ...f, field: "subject" as const }))
      : []),
    ...outsideOwnLinks(scanText(body, o.policy.guardrails, o.phase), body, [o.values.status_url]).map((f) => ({
      ...f,
      field: "text" as const,
    })),
  ];
  return {
    kind: o.kind,
    channel: o.channel,
    locale,
    subject,
    text: body,
    html: o.channel === "email" ? textToHtml(body) : null,
    sms,
    findings,
  };
}
