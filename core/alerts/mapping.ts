import type { AlertSignal, SeverityHint, SignalImpact } from "./model";
import { severityHints } from "./model";
import type { AlertRule, MonitoringPolicy } from "./settings";

/** What Liaison makes of one signal: components (ids), regions, a severity hint and impact inputs. */
export interface MappedSignal {
  components: string[];
  regions: string[];
  severityHint: SeverityHint | null;
  impact: SignalImpact;
}

const lower = (s: string) => s.trim().toLowerCase();

function labelValue(labels: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(labels).find((k) => lower(k) === lower(name));
  return key === undefined ? undefined : labels[key];
}

function ruleMatches(rule: AlertRule, labels: Record<string, string>): boolean {
  return Object.entries(rule.match).every(([name, wanted]) => {
    const value = labelValue(labels, name);
    if (value === undefined) return false;
    const options = Array.isArray(wanted) ? wanted : [wanted];
    return options.some((o) => o === "*" || lower(o) === lower(value));
  });
}

/** Vendor words for loudness, read into one hint: P1/critical/high/error → critical, and so on. */
export function hintFromWord(word: string | undefined): SeverityHint | null {
  if (!word) return null;
  const w = lower(word);
  if ((severityHints as readonly string[]).includes(w)) return w as SeverityHint;
  if (
    ["p1", "p2", "sev1", "sev2", "high", "error", "fatal", "page", "emergency", "alert", "crit", "disaster"].includes(w)
  )
    return "critical";
  if (["p3", "sev3", "warn", "medium", "low", "average"].includes(w)) return "warning";
  if (["p4", "p5", "sev4", "information", "informational", "debug", "none", "ok"].includes(w)) return "info";
  return null;
}

/**
 * Maps a signal with the policy's rules, then its labels. `components` are the page's components;
 * a label or rule may name one by id or by name, and names that match none are left out.
 */
export function mapSignal(
  signal: AlertSignal,
  policy: MonitoringPolicy,
  components: readonly { id: string; name: string }[],
): MappedSignal {
  const byKey = new Map<string, string>();
  for (const c of components) {
    byKey.set(lower(c.id), c.id);
    byKey.set(lower(c.name), c.id);
  }
  const componentIds = new Set<string>();
  const regions = new Set<string>();
  let hint: SeverityHint | null = null;
  let impact: SignalImpact = {};
  const addComponent = (name: string | undefined) => {
    const id = name === undefined ? undefined : byKey.get(lower(name));
    if (id) componentIds.add(id);
  };
  for (const rule of policy.rules) {
    if (!ruleMatches(rule, signal.labels)) continue;
    addComponent(rule.component);
    if (rule.region) regions.add(rule.region);
    if (rule.severity) hint = rule.severity;
    if (rule.impact) impact = { ...impact, ...rule.impact };
  }
  if (!componentIds.size) for (const name of policy.componentLabels) addComponent(labelValue(signal.labels, name));
  if (!regions.size) {
    const region = policy.regionLabels.map((n) => labelValue(signal.labels, n)).find((v) => v);
    if (region) regions.add(region);
  }
  hint ??=
    signal.severityHint ??
    policy.severityLabels.map((n) => hintFromWord(labelValue(signal.labels, n))).find((h) => h) ??
    null;
  return {
    components: [...componentIds],
    regions: [...regions],
    severityHint: hint,
    impact: { ...(hint ? policy.hintImpact[hint] : {}), ...impact },
  };
}
