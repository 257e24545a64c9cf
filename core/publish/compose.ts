import { outsideOwnLinks, scanText } from "../guardrails/scan";
import type { IncidentPhase } from "../incidents/model";
import type { PolicyDocument } from "../policy/document";
import { textToHtml } from "../shared/encoding";
import {
  fallbackChain,
  type Locale,
  type MessageChannel,
  type TemplateKind,
  type TemplateText,
  variableSpec,
} from "../templates/catalog";
import { type ComposedMessage, channelLimits, resolveTemplate } from "../templates/compose";
import { renderTemplate, type VariableValue } from "../templates/render";
import { countSmsSegments } from "../templates/sms";
import { frames } from "./frames";

const spec = { ...variableSpec, message: { type: "text" as const } };
const short = new Set<MessageChannel>(["sms", "in_app", "social"]);

export interface RenderingsInput {
  kind: TemplateKind;
  /** The phase the message speaks for; the guardrails judge cause claims by it. */
  phase?: IncidentPhase;
  /** The approved words: the status page text, and the heart of every other rendering. */
  message: string;
  /** Approved words per locale where the approver saw a translation; other locales carry `message`. */
  translations?: Readonly<Record<string, string>>;
  locales: readonly string[];
  /** Channels besides the status page, as the policy chose them. */
  channels: readonly MessageChannel[];
  values: Record<string, VariableValue>;
  timeZone?: string;
  policy: PolicyDocument;
  overrides?: (l: Locale) => TemplateText | undefined;
}

/** Shorter versions of the words: fewer whole sentences, then a cut at a word with an ellipsis. */
function* shorterWords(message: string): Generator<string> {
  const flat = message.replace(/\s+/g, " ").trim();
  yield flat;
  const sentences = flat.match(/[^.!?]+[.!?]+(?:\s|$)|[^.!?]+$/g)?.map((s) => s.trim()) ?? [flat];
  for (let n = sentences.length - 1; n >= 1; n--) yield sentences.slice(0, n).join(" ");
  const words = (sentences[0] ?? flat).split(" ");
  for (let n = words.length - 1; n >= 1; n--) yield `${words.slice(0, n).join(" ")}…`;
}

function fits(channel: MessageChannel, text: string, policy: PolicyDocument): boolean {
  if (channel === "sms") return countSmsSegments(text).segments <= policy.sms.maxSegments;
  const limit = channel === "social" || channel === "in_app" ? channelLimits[channel] : null;
  return !limit || [...text].length <= limit;
}

/**
 * Every rendering of one publication: the status page carries the approved words as they are; each
 * other channel, in each locale, wraps those same words in its frame (the kind's template gives
 * the subject). Every rendering is scanned by the guardrails.
 */
export function composeRenderings(o: RenderingsInput): ComposedMessage[] {
  const scan = (text: string, field: "subject" | "text") =>
    outsideOwnLinks(scanText(text, o.policy.guardrails, o.phase), text, [o.values.status_url]).map((f) => ({
      ...f,
      field,
    }));
  const primary = fallbackChain(o.locales[0] ?? "en")[0]!;
  const out: ComposedMessage[] = [
    {
      kind: o.kind,
      channel: "status_page",
      locale: primary,
      subject: null,
      text: o.message,
      html: null,
      sms: null,
      findings: scan(o.message, "text"),
    },
  ];
  for (const channel of o.channels) {
    if (channel === "status_page") continue;
    for (const requested of o.locales) {
      const { locale, text: template } = resolveTemplate(o.kind, requested, o.overrides ?? (() => undefined));
      const formatLocale = requested.toLowerCase().startsWith(locale) ? requested : locale;
      const render = (t: string, message: string) =>
        renderTemplate(t, spec, { ...o.values, message }, { locale: formatLocale, timeZone: o.timeZone ?? "Etc/UTC" });
      const words = o.translations?.[requested] ?? o.message;
      const part = frames[locale][short.has(channel) ? "short" : channel === "helpdesk" ? "helpdesk" : "body"];
      const linked = typeof o.values.status_url === "string" && words.includes(o.values.status_url);
      // The banner links to the incident itself, so its 200 characters are not spent on the URL.
      const shape = `${part.lead}{{message}}${linked || channel === "in_app" ? "" : part.tail}`;
      let text = render(shape, words);
      if (short.has(channel)) {
        for (const shorter of shorterWords(words)) {
          text = render(shape, shorter);
          if (fits(channel, text, o.policy)) break;
        }
      }
      const subject = channel === "email" || channel === "helpdesk" ? render(template.subject, words) : null;
      out.push({
        kind: o.kind,
        channel,
        locale,
        subject,
        text,
        html: channel === "email" ? textToHtml(text) : null,
        sms: channel === "sms" ? countSmsSegments(text) : null,
        findings: [...(subject ? scan(subject, "subject") : []), ...scan(text, "text")],
      });
    }
  }
  return out;
}
