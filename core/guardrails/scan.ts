import type { IncidentPhase } from "../incidents/model";
import { escapeRegExp } from "../shared/encoding";
import type { Finding, FindingKind, GuardrailConfig } from "./rules";

type Raw = Omit<Finding, "line" | "column">;

const patterns: { kind: FindingKind; re: RegExp; message: string }[] = [
  {
    kind: "secret",
    re: /-----BEGIN [A-Z ]*PRIVATE KEY-----|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}\b|\bgh[pousr]_[0-9A-Za-z]{30,}\b|\bxox[abprs]-[0-9A-Za-z-]{10,}\b|\blsn_[0-9A-Za-z_-]{20,}\b|\bBearer\s+[0-9A-Za-z._~+/-]{16,}=*|\b[0-9a-f]{40,}\b/g,
    message: "Looks like a token, key or secret.",
  },
  {
    kind: "ip_address",
    re: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\/\d{1,2})?\b|\b(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}\b/gi,
    message: "An IP address reveals internal infrastructure.",
  },
  {
    kind: "stack_trace",
    re: /^\s*at [\w$.<>]+ \(.*:\d+:\d+\)$|Traceback \(most recent call last\)|Exception in thread "[^"]*"|^\s*File "[^"]+", line \d+/gm,
    message: "A stack trace must not reach customers.",
  },
  {
    kind: "hostname",
    re: /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:internal|local|lan|corp|intra|svc|cluster\.local)\b|\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:prod|production|stg|staging|dev|qa|uat)(?:-[a-z0-9]+)*\b/gi,
    message: "A host or service name reveals internal infrastructure.",
  },
];

const causeClaims =
  /\b(?:the root cause (?:is|was)|root cause:|was caused by|is caused by|caused by an?|the cause (?:is|was))\b/gi;

/**
 * Scans customer-facing text for what must not go out: infrastructure detail, secrets, staff
 * addresses, jargon, and a root cause stated as fact while the incident is still being investigated.
 */
export function scanText(text: string, config: GuardrailConfig, phase?: IncidentPhase): Finding[] {
  const raw: Raw[] = [];
  const push = (kind: FindingKind, m: RegExpMatchArray, message: string, blocking = true, suggestion?: string) =>
    raw.push({
      kind,
      blocking,
      start: m.index!,
      end: m.index! + m[0].length,
      match: m[0],
      message,
      ...(suggestion ? { suggestion } : {}),
    });

  for (const p of patterns) for (const m of text.matchAll(p.re)) push(p.kind, m, p.message);
  for (const name of config.internalNames) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, "gi")))
      push("internal_name", m, `'${m[0]}' is an internal name.`);
  }
  for (const [code, wording] of Object.entries(config.regionNames)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escapeRegExp(code)}(?![\\w-])`, "gi")))
      push("region_code", m, "Customers do not know cloud region codes.", true, wording);
  }
  for (const m of text.matchAll(/\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b/g)) {
    if (config.staffEmailDomains.some((d) => m[1]!.toLowerCase() === d.toLowerCase()))
      push("staff_email", m, "A staff e-mail address must not be published.");
  }
  for (const [term, plain] of Object.entries(config.jargon)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escapeRegExp(term)}(?![\\w-])`, "gi"))) {
      push("jargon", m, `'${m[0]}' is jargon for most customers.`, false, plain ?? undefined);
    }
  }
  if (phase === "investigating") {
    for (const m of text.matchAll(causeClaims))
      push(
        "unconfirmed_cause",
        m,
        "The incident is still being investigated; do not state a cause as confirmed.",
        true,
        "We are investigating the cause.",
      );
  }
  return dedupe(raw).map((f) => ({ ...f, ...position(text, f.start) }));
}

/** Drops repeats of a span, and any finding that lies inside a larger blocking one. */
function dedupe(findings: Raw[]): Raw[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Raw[] = [];
  for (const f of sorted) {
    const covered = out.some(
      (o) => o.start <= f.start && f.end <= o.end && (o.blocking || (o.start === f.start && o.end === f.end)),
    );
    if (!covered) out.push(f);
  }
  return out;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

export const hasBlocking = (findings: readonly Finding[]) => findings.some((f) => f.blocking);

/**
 * Drops findings inside the hub's own links (the status page URL a frame adds): a hub reached by IP
 * address or an internal name would otherwise block every message that links to it.
 */
export function outsideOwnLinks<F extends { start: number; end: number }>(
  findings: F[],
  text: string,
  links: readonly unknown[],
): F[] {
  const spans: [number, number][] = [];
  for (const link of links) {
    if (typeof link !== "string" || !link) continue;
    for (let at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + 1)) spans.push([at, at + link.length]);
  }
  return findings.filter((f) => !spans.some(([s, e]) => f.start >= s && f.end <= e));
}
