import { Connection, type Schema } from "jsforce";
import type { SessionRefreshFunc } from "jsforce/lib/session-refresh-delegate";
import { z } from "zod";
import { redact } from "#core/crm/redact";
import { CrmError } from "#core/ports/crm";
import { realSleep, withRetry } from "#core/shared/retry";
import { type SfSaveResult, SfSaveResults } from "./api-types";
import { oauthFlow, type SalesforceAuthConfig, tokenRequester } from "./auth";

export interface SalesforceConfig extends SalesforceAuthConfig {
  /** e.g. https://acme.my.salesforce.com; with accessToken, no login call is made. */
  instanceUrl?: string;
  accessToken?: string;
  /** Username-password login (SOAP, retired with API 65.0) when no token or OAuth client is configured. */
  password?: string;
  version?: string;
  /** Injected in tests so backoff never waits. */
  sleep?: (ms: number) => Promise<void>;
}

/** The rest call of jsforce's HTTP layer, typed for what this connector uses. */
type RecordRow = Record<string, unknown>;
type SfError = { errorCode?: string; name?: string; message?: string };

/**
 * REQUEST_LIMIT_EXCEEDED is two limits: the org's rolling 24-hour API allocation ("TotalRequests
 * Limit exceeded"), which seconds of waiting cannot fix, and concurrent long-running requests, which
 * clear in seconds.
 */
const isDailyLimit = (e: SfError) => e.errorCode === "REQUEST_LIMIT_EXCEEDED" && !/concurrent/i.test(e.message ?? "");
const isConcurrencyLimit = (e: SfError) => e.errorCode === "REQUEST_LIMIT_EXCEEDED" && !isDailyLimit(e);

/**
 * jsforce behind zod and the shared retry: a concurrency REQUEST_LIMIT_EXCEEDED is retried with
 * backoff, the daily one fails at once; with an OAuth flow configured (JWT bearer or client
 * credentials), jsforce asks for a new token on INVALID_SESSION_ID and replays the call. Every error
 * is rethrown as a CrmError with configured secrets removed.
 */
export function createSalesforceClient(config: SalesforceConfig) {
  const version = config.version ?? "62.0";
  const flow = oauthFlow(config);
  const requestToken = flow ? tokenRequester(config, flow) : null;
  const secrets = [config.accessToken, config.password, config.clientSecret];
  let calls = 0;
  const conn = new Connection({
    instanceUrl: config.instanceUrl,
    accessToken: config.accessToken,
    loginUrl: config.loginUrl,
    version,
    ...(requestToken
      ? {
          refreshFn: (c: Connection, done: Parameters<SessionRefreshFunc<Schema>>[1]) => {
            calls++;
            requestToken().then((t) => {
              secrets.push(t.access_token);
              c.instanceUrl = t.instance_url;
              done(null, t.access_token, t as never);
            }, done);
          },
        }
      : {}),
  });
  let loggedIn = Boolean(config.accessToken);

  const fail = (err: unknown): never => {
    const e = err as SfError;
    const code = e.errorCode ?? e.name ?? "ERROR";
    const transient = /SERVER_UNAVAILABLE|UNABLE_TO_LOCK_ROW|ERROR_HTTP_5/.test(code) || isConcurrencyLimit(e);
    throw new CrmError(redact(`Salesforce ${code}: ${e.message ?? String(err)}`, secrets), transient, code);
  };
  const signIn = async () => {
    if (requestToken) {
      calls++;
      const t = await requestToken();
      secrets.push(t.access_token);
      conn.instanceUrl = t.instance_url;
      conn.accessToken = t.access_token;
      return;
    }
    if (!config.username || !config.password)
      throw new CrmError("Salesforce: no access token, OAuth client or username/password configured", false, "CONFIG");
    calls++;
    await conn.login(config.username, config.password);
  };
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    if (!loggedIn) {
      await signIn().catch(fail);
      loggedIn = true;
    }
    return withRetry(run, (e) => ({ retry: isConcurrencyLimit(e as SfError) }), {
      sleep: config.sleep ?? realSleep,
      maxAttempts: 5,
      baseMs: 2000,
      maxMs: 30_000,
    }).catch(fail);
  };

  return {
    /** SOQL with autoFetch: follows nextRecordsUrl page by page (2,000 rows each); every page counts as a call. */
    async query<T>(soql: string, row: z.ZodType<T>): Promise<T[]> {
      const records = await call(async () => {
        const q = conn.query<RecordRow>(soql);
        q.on("fetch", () => calls++);
        return (await q.run({ autoFetch: true, maxFetch: 1_000_000 })).records;
      });
      return z.array(row).parse(records);
    },
    /** One sObject collection call (at most 200 records); results are per record, in order. */
    async collection(method: "create" | "update", type: string, records: RecordRow[]): Promise<SfSaveResult[]> {
      if (records.length > 200)
        throw new CrmError("Salesforce: an sObject collection holds at most 200 records", false, "CONFIG");
      const raw = await call(async () => {
        calls++;
        return method === "create"
          ? conn.sobject(type).create(records, { allOrNone: false })
          : conn.sobject(type).update(records as never, { allOrNone: false });
      });
      return SfSaveResults.parse(raw);
    },
    /** POST to a REST resource under /services/data/vXX (Chatter feed elements). */
    async post(path: string, body: unknown): Promise<unknown> {
      return call(async () => {
        calls++;
        return conn.request({
          method: "POST",
          url: `/services/data/v${version}${path}`,
          body: JSON.stringify(body),
          headers: { "content-type": "application/json" },
        });
      });
    },
    calls: () => calls,
    /** From the Sforce-Limit-Info header of the last answer: the org's daily API allocation. */
    daily: () => {
      const u = (conn.limitInfo as { apiUsage?: { used: number; limit: number } }).apiUsage;
      return u ? { used: u.used, max: u.limit } : null;
    },
  };
}
export type SalesforceClient = ReturnType<typeof createSalesforceClient>;
