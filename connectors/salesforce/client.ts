import { Connection } from "jsforce";
import { z } from "zod";
import { realSleep, redact, withBackoff } from "../../core/crm/backoff";
import { CrmError } from "../../core/crm/port";
import { type SfSaveResult, SfSaveResults } from "./api-types";

export interface SalesforceConfig {
  /** e.g. https://acme.my.salesforce.com; with accessToken, no login call is made. */
  instanceUrl?: string;
  accessToken?: string;
  /** Username-password login (SOAP) when no access token is configured. */
  loginUrl?: string;
  username?: string;
  password?: string;
  version?: string;
  /** Injected in tests so backoff never waits. */
  sleep?: (ms: number) => Promise<void>;
}

/** The rest call of jsforce's HTTP layer, typed for what this connector uses. */
type RecordRow = Record<string, unknown>;

/**
 * jsforce behind zod and a rate-limit backoff: REQUEST_LIMIT_EXCEEDED is retried with exponential
 * delay; every error is rethrown as a CrmError with configured secrets removed.
 */
export function createSalesforceClient(config: SalesforceConfig) {
  const version = config.version ?? "62.0";
  const conn = new Connection({
    instanceUrl: config.instanceUrl,
    accessToken: config.accessToken,
    loginUrl: config.loginUrl,
    version,
  });
  const secrets = [config.accessToken, config.password];
  let calls = 0;
  let loggedIn = Boolean(config.accessToken);

  const fail = (err: unknown): never => {
    const e = err as { errorCode?: string; name?: string; message?: string };
    const code = e.errorCode ?? e.name ?? "ERROR";
    throw new CrmError(
      redact(`Salesforce ${code}: ${e.message ?? String(err)}`, secrets),
      /REQUEST_LIMIT_EXCEEDED|SERVER_UNAVAILABLE|UNABLE_TO_LOCK_ROW|ERROR_HTTP_5/.test(code),
      code,
    );
  };
  const limited = (err: unknown) => ((err as { errorCode?: string }).errorCode === "REQUEST_LIMIT_EXCEEDED" ? 0 : null);
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    if (!loggedIn) {
      if (!config.username || !config.password)
        throw new CrmError("Salesforce: no access token and no username/password configured", false, "CONFIG");
      await conn.login(config.username, config.password).catch(fail);
      calls++;
      loggedIn = true;
    }
    return withBackoff(run, limited, { sleep: config.sleep ?? realSleep, maxAttempts: 5, baseDelayMs: 2000 }).catch(
      fail,
    );
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
