import { z } from "zod";

/** What the guardrails look for besides the built-in patterns; part of the policy document. */
export const GuardrailConfig = z.strictObject({
  /** Internal service or host names that must never reach customers, e.g. "redis-prod-3". */
  internalNames: z.array(z.string().min(2)).default([]),
  /** Jargon and the plain words to use instead (null when there is no good substitute). */
  jargon: z
    .record(z.string().min(2), z.string().nullable())
    .default({})
    .meta({ propertyNames: { type: "string", minLength: 2 } }),
  /** E-mail domains of staff; addresses there are blocked from public text. */
  staffEmailDomains: z.array(z.string().min(3)).default([]),
  /** Cloud region codes and the customer wording for each. */
  regionNames: z.record(z.string(), z.string()).default({}),
});
export type GuardrailConfig = z.infer<typeof GuardrailConfig>;

export const defaultRegionNames: Record<string, string> = {
  "us-east-1": "US East",
  "us-east-2": "US East",
  "us-west-1": "US West",
  "us-west-2": "US West",
  "ca-central-1": "Canada",
  "sa-east-1": "South America",
  "eu-west-1": "Europe (Ireland)",
  "eu-west-2": "Europe (London)",
  "eu-west-3": "Europe (Paris)",
  "eu-central-1": "Europe (Frankfurt)",
  "eu-north-1": "Europe (Stockholm)",
  "ap-south-1": "Asia Pacific (Mumbai)",
  "ap-southeast-1": "Asia Pacific (Singapore)",
  "ap-southeast-2": "Asia Pacific (Sydney)",
  "ap-northeast-1": "Asia Pacific (Tokyo)",
  "us-central1": "US Central",
  "europe-west1": "Europe (Belgium)",
  eastus: "US East",
  westus: "US West",
  westeurope: "Europe (Netherlands)",
  northeurope: "Europe (Ireland)",
};

export const defaultJargon: Record<string, string | null> = {
  latency: "slow responses",
  p99: null,
  p95: null,
  oom: null,
  "out of memory": null,
  kubernetes: null,
  k8s: null,
  pod: null,
  pods: null,
  "load balancer": null,
  failover: "switch to backup systems",
  "5xx": "errors",
  "500 errors": "errors",
  "502": "errors",
  "503": "errors",
  "504": "errors",
  rollback: "reverted a recent change",
  "rolled back": "reverted a recent change",
  deploy: "update",
  deployment: "update",
  hotfix: "fix",
  cache: null,
  "database cluster": null,
  replica: null,
  shard: null,
  "packet loss": "connection problems",
  dns: null,
  cdn: null,
  "api gateway": null,
  throttling: "limiting requests",
};

export const defaultGuardrailConfig: GuardrailConfig = {
  internalNames: [],
  jargon: defaultJargon,
  staffEmailDomains: [],
  regionNames: defaultRegionNames,
};

export const findingKinds = [
  "ip_address",
  "hostname",
  "internal_name",
  "region_code",
  "stack_trace",
  "secret",
  "staff_email",
  "jargon",
  "unconfirmed_cause",
] as const;
export type FindingKind = (typeof findingKinds)[number];

/** One problem in a text, with its position (0-based offsets, end exclusive) and a fix to offer. */
export interface Finding {
  kind: FindingKind;
  /** Blocking findings stop a publish until fixed or overridden by an approver. */
  blocking: boolean;
  start: number;
  end: number;
  line: number;
  column: number;
  match: string;
  message: string;
  suggestion?: string;
}
