import { z } from "zod";
import type { VariableSpec } from "./render";

export const templateKinds = [
  "investigating",
  "identified",
  "monitoring",
  "resolved",
  "maintenance_notice",
  "maintenance_start",
  "maintenance_overrun",
  "maintenance_complete",
  "false_alarm",
  "post_incident_summary",
  "helpdesk_reply",
  "helpdesk_resolved",
  "csm_alert",
  "internal_briefing",
] as const;
export const TemplateKind = z.enum(templateKinds);
export type TemplateKind = z.infer<typeof TemplateKind>;

export const messageChannels = ["status_page", "email", "sms", "in_app", "social", "helpdesk"] as const;
export const MessageChannel = z.enum(messageChannels);
export type MessageChannel = z.infer<typeof MessageChannel>;

export const locales = ["en", "fr", "de"] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;
export const defaultLocale: Locale = "en";

/** The wording of one kind in one locale: a subject, a full text, and a short text for SMS, banners and social. */
export interface TemplateText {
  subject: string;
  body: string;
  short: string;
}

/**
 * Every variable a template may use, with its type. Whatever a template uses outside an #if block must have a value.
 */
export const variableSpec: VariableSpec = {
  company: { type: "text" },
  title: { type: "text" },
  affected: { type: "list" },
  impact: { type: "text" },
  action: { type: "text" },
  eta: { type: "time" },
  next_update_at: { type: "time" },
  status_url: { type: "url" },
  root_cause: { type: "text" },
  fix: { type: "text" },
  prevention: { type: "text" },
  sla_credit: { type: "text" },
  window_start: { type: "time" },
  window_end: { type: "time" },
  new_end: { type: "time" },
  account: { type: "text" },
  severity: { type: "text" },
  talking_points: { type: "list" },
  started_at: { type: "time" },
  resolved_at: { type: "time" },
};

/** Locale fallback: a regional tag falls back to its language, then to English. */
export function fallbackChain(requested: string): Locale[] {
  const language = requested.toLowerCase().split(/[-_]/)[0]!;
  const chain: Locale[] = [];
  if ((locales as readonly string[]).includes(language)) chain.push(language as Locale);
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}
