import { Client } from "@hubspot/api-client";
import { z } from "zod";
import { redact } from "#core/crm/redact";
import { CrmError } from "#core/ports/crm";
import { parseRetryAfter, realSleep, withRetry } from "#core/shared/retry";
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

/** Options of the SDK's Bottleneck limiter (see the README for the defaults' reasoning). */
export type LimiterOptions = NonNullable<ConstructorParameters<typeof Client>[0]>["limiterOptions"];

export interface HubSpotConfig {
  accessToken: string;
  /** Defaults to https://api.hubapi.com; tests point it at msw. */
  basePath?: string;
  sleep?: (ms: number) => Promise<void>;
  /** The SDK's own retries of 5xx and TEN_SECONDLY_ROLLING 429s (0–6, default 3). */
  sdkRetries?: number;
  /** The SDK's limiter; default 100 requests per rolling 10 s, 4 at a time. */
  limiter?: LimiterOptions;
}

/** Private apps get 100 requests per 10 seconds on every plan (more on Professional/Enterprise). */
export const defaultLimiter: LimiterOptions = {
  maxConcurrent: 4,
  reservoir: 100,
  reservoirRefreshAmount: 100,
  reservoirRefreshInterval: 10_000,
};
const searchGapMs = 250; // the search API allows 4 requests per second per account
type Headers = Record<string, string | undefined>;
interface SdkError {
  code?: number;
  body?: unknown;
  headers?: Headers;
  message?: string;
}

/** A 429 or error body as the SDK hands it over: parsed JSON, or text (HubSpot's edge answers HTML). */
const errorBody = (body: unknown) => {
  if (typeof body !== "string") return HsRateLimitBody.safeParse(body).data ?? {};
  try {
    return HsRateLimitBody.safeParse(JSON.parse(body)).data ?? {};
  } catch {
    return {};
  }
};
const isDaily = (e: SdkError) => e.code === 429 && errorBody(e.body).policyName === "DAILY";

/**
 * @hubspot/api-client with its retries (5xx, TEN_SECONDLY_ROLLING) and limiter configured, behind zod
 * and a call counter (every attempt is one HTTP request). Liaison's own retry covers the 429s the
 * SDK cannot classify (no JSON body, no policy name) and honours Retry-After; a DAILY 429 fails at
 * once, marked not worth retrying before the daily window resets.
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
  const hs = new Client({
    accessToken: config.accessToken,
    basePath: config.basePath,
    numberOfApiCallRetries: config.sdkRetries ?? 3,
    limiterOptions: config.limiter ?? defaultLimiter,
  });
  // The SDK keeps its retry and limiter settings in one process-wide registry that each new Client
  // overwrites, and binds them to an API object when it is first read: read them all now.
  const api = {
    companies: hs.crm.companies.basicApi,
    search: hs.crm.companies.searchApi,
    associations: hs.crm.associations.v4.batchApi,
    contacts: hs.crm.contacts.batchApi,
    owners: hs.crm.owners.ownersApi,
    tasks: hs.crm.objects.tasks.batchApi,
    notes: hs.crm.objects.notes.batchApi,
  };
  const sleep = config.sleep ?? realSleep;
  let lastSearch = 0;

  const classify = (err: unknown) => {
    const e = err as SdkError;
    if (e.code !== 429 || isDaily(e)) return { retry: false };
    return { retry: true, afterMs: parseRetryAfter(e.headers?.["retry-after"], new Date()) };
  };
  const failure = (err: unknown) => {
    const e = err as SdkError;
    const page = typeof e.body === "string" && !e.body.trimStart().startsWith("{");
    const text = page ? "answered with a page that is not JSON" : (e.message ?? String(err)).split("\nHeaders:")[0];
    const message = `HubSpot ${e.code ?? "error"}: ${text}`;
    const retry = !isDaily(e) && (e.code === 429 || (e.code ?? 0) >= 500);
    const code = isDaily(e) ? "DAILY_LIMIT" : String(e.code ?? "ERROR");
    return new CrmError(redact(message, [config.accessToken]), retry, code);
  };
  const call = <T>(run: () => Promise<unknown>, schema: z.ZodType<T>): Promise<T> =>
    withRetry(
      () => {
        calls++;
        return run();
      },
      classify,
      { sleep, maxAttempts: 6, baseMs: 1000, maxMs: 10_000 },
    ).then(
      (r) => schema.parse(r),
      (err) => {
        throw failure(err);
      },
    );

  const Page = z.object({ results: z.array(HsCompany), paging: HsPaging });
  return {
    /** One page (≤100) of the companies list API. */
    listCompanies: (properties: string[], after?: string) =>
      call(() => api.companies.getPage(100, after, properties, undefined, undefined, undefined, opts), Page),
    /** Companies modified at or after `since`, oldest first; `after` pages within one query (≤10,000). */
    async searchCompanies(properties: string[], since: Date, after?: string) {
      const wait = lastSearch + searchGapMs - Date.now();
      if (wait > 0) await sleep(wait);
      lastSearch = Date.now();
      return call(
        () =>
          api.search.doSearch(
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
    /**
     * Associations v4 batch read (≤1,000 companies per call): company id → contact ids. A company
     * with more associations than one answer holds comes back with `paging.next.after`, asked again.
     */
    async contactIds(companyIds: string[]) {
      const out = new Map<string, string[]>();
      let inputs: { id: string; after?: string }[] = companyIds.map((id) => ({ id }));
      while (inputs.length) {
        const r = await call(
          () => api.associations.getPage("companies", "contacts", { inputs }, opts),
          HsAssociationResults,
        );
        for (const x of r.results)
          out.set(x._from.id, [...(out.get(x._from.id) ?? []), ...x.to.map((t) => String(t.toObjectId))]);
        inputs = r.results.flatMap((x) =>
          x.paging?.next?.after ? [{ id: x._from.id, after: x.paging.next.after }] : [],
        );
      }
      return out;
    },
    /** Contacts batch read (≤100 per call). */
    readContacts: (ids: string[]) =>
      call(
        () =>
          api.contacts.read(
            { inputs: ids.map((id) => ({ id })), properties: contactProperties, propertiesWithHistory: [] },
            undefined,
            opts,
          ),
        z.object({ results: z.array(HsContact) }),
      ),
    listOwners: (after?: string) =>
      call(
        () => api.owners.getPage(undefined, after, 500, undefined, opts),
        z.object({ results: z.array(HsOwner), paging: HsPaging }),
      ),
    createTasks: (
      inputs: { properties: Record<string, string>; associations: unknown[]; objectWriteTraceId: string }[],
    ) => call(() => api.tasks.create({ inputs: inputs as never }, opts), HsBatchResult),
    updateTasks: (inputs: { id: string; properties: Record<string, string> }[]) =>
      call(() => api.tasks.update({ inputs }, opts), HsBatchResult),
    createNotes: (inputs: { properties: Record<string, string>; associations: unknown[] }[]) =>
      call(() => api.notes.create({ inputs: inputs as never }, opts), HsBatchResult),
    calls: () => calls,
    /** From the X-HubSpot-RateLimit-Daily(-Remaining) headers of the last answer, when HubSpot sends them. */
    daily: () => daily,
  };
}
export type HubSpotClient = ReturnType<typeof createHubSpotClient>;
