import type { Account } from "./model";

/** What an incident touches, in the words accounts are tagged with. */
export interface IncidentScope {
  /** Component names and ids, and product names: matched case-insensitively against account products. */
  products: string[];
  regions: string[];
  segments: string[];
}

export interface Targeting {
  affected: Account[];
  /** Accounts that match on products and segments but hold no region data for a regional incident. */
  flagged: Account[];
}

const norm = (s: string) => s.trim().toLowerCase();
const overlaps = (a: readonly string[], b: ReadonlySet<string>) => a.some((x) => b.has(norm(x)));

/**
 * Chooses the accounts an incident affects. An empty scope dimension matches everyone; a regional
 * incident selects only accounts in its regions, and an account without region data is flagged
 * for a person to check rather than silently included or dropped. Pure.
 */
export function targetAccounts(accounts: readonly Account[], scope: IncidentScope): Targeting {
  const products = new Set(scope.products.map(norm));
  const regions = new Set(scope.regions.map(norm));
  const segments = new Set(scope.segments.map(norm));
  const affected: Account[] = [];
  const flagged: Account[] = [];
  for (const a of accounts) {
    if (products.size && !overlaps(a.products, products)) continue;
    if (segments.size && !overlaps([...a.segments, a.tier], segments)) continue;
    if (!regions.size || overlaps(a.regions, regions)) affected.push(a);
    else if (!a.regions.length) flagged.push(a);
  }
  return { affected, flagged };
}
