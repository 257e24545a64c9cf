import { z } from "@hono/zod-openapi";
import type { Account, OutreachEntry } from "#core/crm/model";
import { callStates, crmSources, tiers } from "#core/crm/model";
import type { AlertRecord, SyncRun } from "#core/crm/store";

const Person = z
  .object({ id: z.string().nullable(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() })
  .nullable();
const Contact = z
  .object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    role: z.string().nullable(),
    primary: z.boolean(),
  })
  .nullable();

export const AccountView = z
  .object({
    id: z.string(),
    source: z.enum(crmSources),
    name: z.string(),
    tier: z.enum(tiers),
    arr: z.number(),
    regions: z.array(z.string()),
    products: z.array(z.string()),
    csm: Person,
  })
  .openapi("CrmAccount");
export const accountView = (a: Account) => ({
  id: a.id,
  source: a.source,
  name: a.name,
  tier: a.tier,
  arr: a.arr,
  regions: a.regions,
  products: a.products,
  csm: a.owner,
});

export const OutreachView = z
  .object({
    account_id: z.string(),
    account: z.string(),
    source: z.enum(crmSources),
    tier: z.enum(tiers),
    arr: z.number(),
    position: z.number(),
    in_scope: z.boolean(),
    csm: Person,
    contact: Contact,
    state: z.enum(callStates),
    state_by: z.string().nullable(),
    state_at: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi("OutreachEntry");
export const outreachView = (e: OutreachEntry) => ({
  account_id: e.accountId,
  account: e.accountName,
  source: e.source,
  tier: e.tier,
  arr: e.arr,
  position: e.position,
  in_scope: e.inScope,
  csm: e.csm,
  contact: e.contact
    ? {
        name: e.contact.name,
        email: e.contact.email,
        phone: e.contact.phone,
        role: e.contact.role,
        primary: e.contact.primary,
      }
    : null,
  state: e.state,
  state_by: e.stateBy,
  state_at: e.stateAt?.toISOString() ?? null,
  note: e.note,
});

export const Progress = z.object({ total: z.number(), open: z.number(), byState: z.record(z.string(), z.number()) });

export const SyncRunView = z
  .object({
    id: z.string(),
    source: z.enum(crmSources),
    kind: z.string(),
    status: z.string(),
    started_at: z.string(),
    finished_at: z.string().nullable(),
    accounts_seen: z.number(),
    api_calls: z.number(),
    daily_api: z.object({ used: z.number(), max: z.number() }).nullable(),
    error: z.string().nullable(),
  })
  .openapi("CrmSyncRun");
export const syncRunView = (r: SyncRun) => ({
  id: r.id,
  source: r.source,
  kind: r.kind,
  status: r.status,
  started_at: r.startedAt.toISOString(),
  finished_at: r.finishedAt?.toISOString() ?? null,
  accounts_seen: r.accountsSeen,
  api_calls: r.apiCalls,
  daily_api: r.daily,
  error: r.error,
});

export const AlertView = z
  .object({
    account_id: z.string(),
    source: z.enum(crmSources),
    ref: z.string().nullable(),
    phase: z.string(),
    status: z.string(),
    error: z.string().nullable(),
    updated_at: z.string(),
  })
  .openapi("CrmAlert");
export const alertView = (a: AlertRecord) => ({
  account_id: a.accountId,
  source: a.source,
  ref: a.ref,
  phase: a.phase,
  status: a.status,
  error: a.error,
  updated_at: a.updatedAt.toISOString(),
});

export const SyncBody = z.object({ source: z.enum(crmSources).optional(), full: z.boolean().default(false) });
export const CallStateBody = z.object({ state: z.enum(callStates), note: z.string().max(2000).nullable().optional() });
export const IncidentParam = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: "id", in: "path" } }),
});
export const OutreachParam = IncidentParam.extend({
  accountId: z
    .string()
    .min(1)
    .openapi({ param: { name: "accountId", in: "path" } }),
});
