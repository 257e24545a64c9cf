import zendesk from "node-zendesk";
import { z } from "zod";
import { SearchCount, ZendeskJobStatus, ZendeskMacro, ZendeskTicket, ZendeskTickets } from "./api-types";
import { defaultRetry, type RetryOptions, requestBudget, resilient } from "./resilient";

export interface ZendeskConfig {
  subdomain: string;
  /** Agent e-mail for API-token auth; omit with an OAuth token. */
  email?: string;
  token: string;
  oauth?: boolean;
  /** Overrides https://{subdomain}.zendesk.com/api/v2, e.g. for tests. */
  baseUrl?: string;
  /** The account's API limit (plans allow 200–2,500 a minute); Liaison keeps under it. */
  requestsPerMinute?: number;
  /** Ticket updates have their own, lower limit. */
  updatesPerMinute?: number;
  retry?: Partial<RetryOptions>;
}

// node-zendesk is CommonJS: Node's ESM loader sees only its default export.
const { createClient } = zendesk;
type Sdk = ReturnType<typeof createClient>;
// node-zendesk's per-resource clients share a generic `get` for paths it has no method for.
type Raw = { get(path: unknown[]): Promise<{ response: unknown; result: unknown }> };

/**
 * node-zendesk behind a factory. Every call goes through a request budget and the retry policy
 * (node-zendesk retries nothing), and every response is parsed with zod before anything reads it.
 */
export function createZendeskClient(config: ZendeskConfig) {
  const sdk: Sdk = createClient({
    subdomain: config.subdomain,
    token: config.token,
    throwOriginalException: true,
    ...(config.email ? { username: config.email } : {}),
    ...(config.oauth ? { oauth: true, useOAuth: true } : {}),
    ...(config.baseUrl ? { endpointUri: config.baseUrl } : {}),
  } as Parameters<typeof createClient>[0]);
  const retry = { ...defaultRetry, ...config.retry };
  const reads = requestBudget(config.requestsPerMinute ?? 400);
  const updates = requestBudget(config.updatesPerMinute ?? 100);
  const call = <S extends z.ZodType>(
    op: string,
    schema: S,
    fn: () => Promise<unknown>,
    budget = reads,
    replaySafe = true,
  ): Promise<z.infer<S>> =>
    resilient(op, budget, fn as () => Promise<{ result: unknown }>, retry, replaySafe).then((r) => schema.parse(r));
  const notReplaySafe = false;
  const raw = (c: unknown) => c as Raw;

  return {
    getTicket: (id: string) => call("show ticket", ZendeskTicket, () => sdk.tickets.show(Number(id))),
    showMany: (ids: readonly string[]) =>
      call("show tickets", ZendeskTickets, () => sdk.tickets.showMany(ids.map(Number))),
    updateTicket: (id: string, ticket: Record<string, unknown>) =>
      call(
        "update ticket",
        ZendeskTicket,
        () => sdk.tickets.update(Number(id), { ticket } as never),
        updates,
        !("comment" in ticket),
      ),
    updateMany: (ids: readonly string[], ticket: Record<string, unknown>) =>
      call(
        "update_many",
        z.object({ job_status: ZendeskJobStatus }),
        () => sdk.tickets.updateMany(ids.map(Number), { ticket } as never),
        updates,
        notReplaySafe,
      ),
    createTicket: (ticket: Record<string, unknown>) =>
      call("create ticket", ZendeskTicket, () => sdk.tickets.create({ ticket } as never), updates, notReplaySafe),
    ticketsByExternalId: (externalId: string) =>
      call("find ticket", ZendeskTickets, () => raw(sdk.tickets).get(["tickets", { external_id: externalId }])),
    jobStatuses: (ids: readonly string[]) =>
      call("job statuses", z.object({ job_statuses: z.array(ZendeskJobStatus) }), () =>
        sdk.jobstatuses.showMany([...ids]),
      ),
    searchPage: (query: string) =>
      call("search", z.array(ZendeskTicket), () =>
        raw(sdk.search).get(["search", { query, sort_by: "created_at", sort_order: "asc", per_page: 100 }]),
      ),
    searchCount: (query: string) => call("search count", SearchCount, () => sdk.search.showResultsCount(query)),
    searchMacros: (query: string) => call("search macros", z.array(ZendeskMacro), () => sdk.macros.search(query)),
    createMacro: (macro: Record<string, unknown>) =>
      call(
        "create macro",
        z.object({ macro: ZendeskMacro }),
        () => sdk.macros.create({ macro } as never),
        reads,
        notReplaySafe,
      ),
    updateMacro: (id: string, macro: Record<string, unknown>) =>
      call("update macro", z.object({ macro: ZendeskMacro }), () => sdk.macros.update(Number(id), { macro } as never)),
  };
}
export type ZendeskClient = ReturnType<typeof createZendeskClient>;
