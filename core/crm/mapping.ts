import { z } from "zod";
import { type CrmSource, Tier } from "./model";

/**
 * Which CRM field holds each account attribute, and how its values translate. Configuration, not
 * code: a HubSpot portal may keep the tier in a custom `tier` property, a Salesforce org in `Tier__c`
 * or `Type`.
 */
export const FieldMapping = z.object({
  tier: z.object({
    field: z.string(),
    /** CRM value (case-insensitive) → Liaison tier. */
    values: z.record(z.string(), Tier),
    fallback: Tier.default("standard"),
  }),
  arr: z.object({ field: z.string() }),
  region: z.object({ field: z.string(), values: z.record(z.string(), z.string()).default({}) }),
  products: z.object({ field: z.string(), separator: z.string().default(";") }),
  segments: z.object({ field: z.string(), separator: z.string().default(";") }).optional(),
});
export type FieldMapping = z.infer<typeof FieldMapping>;

const commonTiers = {
  strategic: "strategic",
  enterprise: "enterprise",
  growth: "growth",
  standard: "standard",
  smb: "standard",
  "mid-market": "growth",
} as const;

/** Defaults per CRM; override with LIAISON_CRM_MAPPING (JSON keyed by `hubspot` / `salesforce`). */
export const defaultMappings: Record<CrmSource, FieldMapping> = {
  hubspot: FieldMapping.parse({
    tier: { field: "customer_tier", values: commonTiers },
    arr: { field: "annualrevenue" },
    region: { field: "region" },
    products: { field: "products_used" },
    segments: { field: "industry" },
  }),
  salesforce: FieldMapping.parse({
    tier: { field: "Tier__c", values: commonTiers },
    arr: { field: "AnnualRevenue" },
    region: { field: "Region__c" },
    products: { field: "Products__c" },
    segments: { field: "Industry" },
  }),
};

/** The CRM field names a mapping reads, for property lists and SOQL. */
export const mappedFields = (m: FieldMapping) => [
  m.tier.field,
  m.arr.field,
  m.region.field,
  m.products.field,
  ...(m.segments ? [m.segments.field] : []),
];

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const list = (v: unknown, sep: string) =>
  text(v)
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
const key = (s: string) => s.trim().toLowerCase();

/** Reads the mapped attributes out of a flat record of CRM fields. Pure. */
export function mapAttributes(fields: Record<string, unknown>, m: FieldMapping) {
  const tierValues = Object.fromEntries(Object.entries(m.tier.values).map(([k, v]) => [key(k), v]));
  const regionValues = Object.fromEntries(Object.entries(m.region.values).map(([k, v]) => [key(k), v]));
  const arr = Number(text(fields[m.arr.field]) || 0);
  return {
    tier: tierValues[key(text(fields[m.tier.field]))] ?? m.tier.fallback,
    arr: Number.isFinite(arr) && arr > 0 ? arr : 0,
    regions: list(fields[m.region.field], ";").map((r) => regionValues[key(r)] ?? r.toUpperCase()),
    products: list(fields[m.products.field], m.products.separator).map(key),
    segments: m.segments ? list(fields[m.segments.field], m.segments.separator).map(key) : [],
  };
}
