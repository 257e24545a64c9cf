import { hintFromWord } from "#core/alerts/mapping";
import type { AlertSignal } from "#core/alerts/model";
import { type DatadogWebhook, recoveredTransitions } from "./api-types";

/** $TAGS is `key:value,key:value,bare`; bare tags become `tag:<name>` = "true". */
export function parseTags(tags: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean)) {
    const at = tag.indexOf(":");
    if (at > 0) out[tag.slice(0, at)] = tag.slice(at + 1);
    else out[`tag:${tag}`] = "true";
  }
  return out;
}

/** $DATE_POSIX is epoch time; Datadog's examples show milliseconds, so seconds are told apart by size. */
function parseDate(value: string): Date | null {
  const n = Number(value);
  if (!value || !Number.isFinite(n)) return null;
  return new Date(n < 1e12 ? n * 1000 : n);
}

/** A Datadog monitor notification as a signal: one fingerprint per monitor and scope (multi-alert monitors). */
export function signalFromDatadog(body: DatadogWebhook, now: Date): AlertSignal {
  const resolved = recoveredTransitions.includes(body.alert_transition);
  const labels = {
    ...parseTags(body.tags),
    ...(body.alert_priority ? { priority: body.alert_priority } : {}),
    ...(body.hostname ? { host: body.hostname } : {}),
  };
  const at = parseDate(body.date) ?? now;
  const warn = body.alert_transition.toLowerCase().includes("warn") || body.alert_type === "warning";
  return {
    source: "datadog",
    fingerprint: body.alert_scope ? `${body.alert_id}:${body.alert_scope}` : body.alert_id,
    status: resolved ? "resolved" : "firing",
    title: body.alert_title.replace(/^\[(Triggered|Recovered|Warn|Re-Triggered|No Data)[^\]]*\]\s*/i, "").slice(0, 300),
    labels,
    severityHint: hintFromWord(body.alert_priority) ?? (warn ? "warning" : null),
    startsAt: at,
    endsAt: resolved ? at : null,
    url: body.link || null,
    groupKey: body.alert_cycle_key || null,
  };
}
