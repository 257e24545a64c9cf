import { Client } from "@hubspot/api-client";
import { z } from "zod";
import { realSleep, redact, withBackoff } from "../../core/crm/backoff";
import { CrmError } from "../../core/crm/port";
import {
  HsAssociationResults,
  HsBatchResult,
  HsCompany,
  HsContact,
  HsOwner,
  HsPaging,
  HsRateLimitBody,
} from "./api-types";
import { contactProperties } from "./mapper";

export interface HubSpotConfig {
  accessToken: string;
  /** Defaults to https://api.hubapi.com; tests point it at msw. */
  basePath?: string;
  sleep?: (ms: number) => Promise<void>;
}

const searchGapMs = 250; // the search API allows 4 requests per second per account
type Headers = Record<string, string | undefined>;

/**
 * @hubspot/api-client behind zod, a call counter (every attempt is one HTTP request) and a 429
 * backoff: TEN_SECONDLY_ROLLING waits and retries, a daily limit fails.
 */
export function createHubSpotClient(config: HubSpotConfig) {
  let calls = 0;
  let daily: { used: number; max: number } | null = null;
  // Client-level middleware is never run by the generated API in 13.5.0; call-time middleware is.
  const opts = {
    middlewareMergeStrategy: "append",
    middleware: [
      {
        pre: async (ctx: unknown) => ctx,
        post: async (ctx: unknown) => {
          const h = (ctx as { headers?: Headers }).headers ?? {};
          const max = Number(h["x-hubspot-ratelimit-daily"]),
            left = Number(h["x-hubspot-ratelimit-daily-remaining"]);
          if (max > 0 && left >= 0) daily = { used: max - left, max };
          return ctx;
        },
      },
    ],
  } as never;
  const hs = new Client({ accessToken: config.accessToken, basePath: config.basePath });
  const sleep = config.sleep ?? realSleep;
  let lastSearch = 0;

  const rateLimitDelay = (err: unknown) => {
    const e = err as { code?: number; body?: unknown; headers?: Headers };
    if (e.code !== 429) return null;
    const body = HsRateLimitBody.safeParse(typeof e.body === "string" ? JSON.parse(e.body || "{}") : e.body);
    if (body.success && body.data.policyName === "DAILY") return null;
    const retryAfter = Number(e.headers?.["retry-after"]);
    return retryAfter > 0 ? retryAfter * 1000 : 0;
  };
  const call = <T>(run: () => Promise<unknown>, schema: z.ZodType<T>): Promise<T> =>
    withBackoff(
      () => {
        calls++;
        return run();
      },
      rateLimitDelay,
      { sleep, maxAttempts: 6, baseDelayMs: 1000 },
    ).then(
      (r) => schema.parse(r),
      (err) => {
        const e = err as { code?: number; message?: string };
        throw new CrmError(
          redact(`HubSpot ${e.code ?? "error"}: ${(e.message ?? String(err)).split("\nHeaders:")[0]}`, [
            config.accessToken,
          ]),
          e.code === 429 || (e.code ?? 0) >= 500,
          String(e.code ?? "ERROR"),
        );
      },
    );

  const Page = z.object({ results: z.array(HsCompany), paging: HsPaging });
  return {
    /** One page (≤100) of the companies list API. */
    listCompanies: (properties: string[], after?: string) =>
      call(
        () => hs.crm.companies.basicApi.getPage(100, after, properties, undefined, undefined, undefined, opts),
        Page,
      ),
    /** Companies modified at or after `since`, oldest first; `after` pages within one query (≤10,000). */
    async searchCompanies(properties: string[], since: Date, after?: string) {
      const wait = lastSearch + searchGapMs - Date.now();
      if (wait > 0) await sleep(wait);
      lastSearch = Date.now();
      return call(
        () =>
          hs.crm.companies.searchApi.doSearch(
            {
              filterGroups: [
                {
                  filters: [
                    { propertyName: "hs_lastmodifieddate", operator: "GTE" as never, value: String(since.getTime()) },
                  ],
                },
              ],
              sorts: [{ propertyName: "hs_lastmodifieddate", direction: "ASCENDING" }] as never,
              properties,
              limit: 100,
              after: after as never,
            },
            opts,
          ),
        Page.extend({ total: z.number() }),
      );
    },
    /** Associations batch read (≤100 companies per call): company id → contact ids. */
    async contactIds(companyIds: string[]) {
      const r = await call(
        () =>
          hs.crm.associations.v4.batchApi.getPage(
            "companies",
            "contacts",
            { inputs: companyIds.map((id) => ({ id })) },
            opts,
          ),
        HsAssociationResults,
      );
      return new Map(r.results.map((x) => [x._from.id, x.to.map((t) => String(t.toObjectId))]));
    },
    /** Contacts batch read (≤100 per call). */
    readContacts: (ids: string[]) =>
      call(
        () =>
          hs.crm.contacts.batchApi.read(
            { inputs: ids.map((id) => ({ id })), properties: contactProperties, propertiesWithHistory: [] },
            undefined,
            opts,
          ),
        z.object({ results: z.array(HsContact) }),
      ),
    listOwners: (after?: string) =>
      call(
        () => hs.crm.owners.ownersApi.getPage(undefined, after, 500, undefined, opts),
        z.object({ results: z.array(HsOwner), paging: HsPaging }),
      ),
    createTasks: (inputs: { properties: Record<string, string>; associations: unknown[] }[]) =>
      call(() => hs.crm.objects.tasks.batchApi.create({ inputs: inputs as never }, opts), HsBatchResult),
    updateTasks: (inputs: { id: string; properties: Record<string, string> }[]) =>
      call(() => hs.crm.objects.tasks.batchApi.update({ inputs }, opts), HsBatchResult),
    createNotes: (inputs: { properties: Record<string, string>; associations: unknown[] }[]) =>
      call(() => hs.crm.objects.notes.batchApi.create({ inputs: inputs as never }, opts), HsBatchResult),
    calls: () => calls,
    /** From the X-HubSpot-RateLimit-Daily(-Remaining) headers of the last answer, when HubSpot sends them. */
    daily: () => daily,
  };
}
export type HubSpotClient = ReturnType<typeof createHubSpotClient>;
