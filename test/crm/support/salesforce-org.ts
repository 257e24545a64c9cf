import { HttpResponse, http } from "msw";

/** The request type msw hands to resolvers (the Workers types redefine the global Request). */
type MswRequest = Parameters<Parameters<typeof http.get>[1]>[0]["request"];

import type { SfAccount, SfContact } from "#connectors/salesforce/api-types";
import { sfChatterItemError, sfRequestLimitExceeded, sfSaveError, sfSaveOk } from "#connectors/salesforce/fixtures";

export const sfBase = "https://acme.my.salesforce.test";
export const sfToken = "00D5g000004SECRET!AQ0AQsfAccessTokenValue";
const api = `${sfBase}/services/data/v62.0`;

/** SOQL rows: fields by API name, with the `attributes` Salesforce adds. */
type SoqlRow = SfAccount | SfContact;
/** A Task as sObject collections take it (fields by API name); an update names the record by `id`. */
type TaskRecord = { attributes?: { type: string }; id?: string; WhatId: string; OwnerId: string } & Record<
  string,
  unknown
>;
export type SfCollection = { allOrNone: boolean; records: TaskRecord[] };
/** A Chatter feed item as `feed-elements/batch` takes it: mention and text segments about a record. */
type FeedItem = {
  subjectId: string;
  feedElementType: string;
  body: { messageSegments: { type: string; id?: string; text?: string }[] };
};
export type SfChatterBatch = { inputs: { richInput: FeedItem }[] };

/**
 * A small Salesforce org behind msw: SOQL over Account/Contact with 2,000-row pages, sObject
 * collections for Tasks (with injectable per-record failures), Chatter batch posts, and
 * REQUEST_LIMIT_EXCEEDED answers on demand. Every call is recorded.
 */
export function salesforceOrg(o: { accounts: SfAccount[]; contacts: SfContact[] }) {
  const state = {
    accounts: o.accounts,
    contacts: o.contacts,
    tasks: new Map<string, TaskRecord & { Id: string }>(),
    /** A body is an SfCollection or an SfChatterBatch, by path. */
    calls: [] as { method: string; path: string; body?: unknown }[],
    /** WhatId → status code: that record fails every time. */
    failWhat: new Map<string, string>(),
    /** WhatIds that fail once with UNABLE_TO_LOCK_ROW, then succeed. */
    lockOnce: new Set<string>(),
    limitExceeded: 0,
    /** The REQUEST_LIMIT_EXCEEDED body: the daily allocation by default. */
    limitBody: sfRequestLimitExceeded as unknown,
    feed: [] as FeedItem[],
    /** Access tokens the org accepts (OAuth flows add theirs); delete one to expire it. */
    tokens: new Set([sfToken]),
    /** Account id → the Chatter error its feed item gets. */
    chatterFail: new Map<string, { errorCode: string; message: string }>(),
  };
  const cursors = new Map<string, SoqlRow[]>();
  let nextId = 1;
  const limitHeader = () => ({ "Sforce-Limit-Info": `api-usage=${state.calls.length}/15000` });
  const page = (rows: SoqlRow[], offset: number, sobject: string) => {
    const chunk = rows.slice(offset, offset + 2000);
    const more = offset + 2000 < rows.length;
    const locator = `01g${sobject}Cursor${cursors.size}-${offset + 2000}`;
    if (more) cursors.set(locator, rows);
    return HttpResponse.json(
      {
        totalSize: rows.length,
        done: !more,
        records: chunk,
        ...(more ? { nextRecordsUrl: `/services/data/v62.0/query/${locator}` } : {}),
      },
      { headers: limitHeader() },
    );
  };
  const guard = (request: MswRequest) => {
    if (!state.tokens.has((request.headers.get("authorization") ?? "").replace(/^Bearer /, "")))
      return HttpResponse.json([{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }], {
        status: 401,
      });
    if (state.limitExceeded > 0) {
      state.limitExceeded--;
      return HttpResponse.json(state.limitBody as never, { status: 403 });
    }
    return null;
  };
  const record = async (request: MswRequest) => {
    const url = new URL(request.url);
    const body = request.method === "GET" ? undefined : await request.clone().json();
    state.calls.push({ method: request.method, path: url.pathname + url.search, body });
  };
  const handlers = [
    http.get(`${api}/query`, async ({ request }) => {
      await record(request);
      const denied = guard(request);
      if (denied) return denied;
      const soql = new URL(request.url).searchParams.get("q") ?? "";
      const since = /SystemModstamp >= (\S+)/.exec(soql)?.[1];
      if (/FROM Account/.test(soql))
        return page(
          state.accounts.filter(
            (a) => !since || Date.parse(a.SystemModstamp.replace("+0000", "Z")) >= Date.parse(since),
          ),
          0,
          "Account",
        );
      const ids = /AccountId IN \(([^)]*)\)/
        .exec(soql)?.[1]
        ?.split(",")
        .map((s) => s.replace(/'/g, ""));
      return page(
        state.contacts.filter((c) => !ids || ids.includes(c.AccountId ?? "")),
        0,
        "Contact",
      );
    }),
    http.get(`${api}/query/:locator`, async ({ request, params }) => {
      await record(request);
      const denied = guard(request);
      if (denied) return denied;
      const locator = String(params.locator);
      return page(
        cursors.get(locator) ?? [],
        Number(locator.split("-").at(-1)),
        /^01g([A-Za-z]+?)Cursor/.exec(locator)?.[1] ?? "",
      );
    }),
    http.post(`${api}/composite/sobjects`, async ({ request }) => {
      await record(request);
      const denied = guard(request);
      if (denied) return denied;
      const { records } = (await request.json()) as SfCollection;
      if (records.length > 200)
        return HttpResponse.json([{ message: "Too many records", errorCode: "EXCEEDED_ID_LIMIT" }], { status: 400 });
      return HttpResponse.json(
        records.map((r) => {
          if (state.failWhat.has(r.WhatId))
            return sfSaveError(state.failWhat.get(r.WhatId)!, "Assigned To ID: owner is inactive");
          if (state.lockOnce.delete(r.WhatId))
            return sfSaveError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record");
          const id = `00T5g${String(nextId++).padStart(10, "0")}`;
          state.tasks.set(id, { Id: id, ...r });
          return sfSaveOk(id);
        }),
        { headers: limitHeader() },
      );
    }),
    http.patch(`${api}/composite/sobjects`, async ({ request }) => {
      await record(request);
      const denied = guard(request);
      if (denied) return denied;
      const { records } = (await request.json()) as { records: (TaskRecord & { id: string })[] };
      return HttpResponse.json(
        records.map((r) => {
          const task = state.tasks.get(r.id);
          if (!task) return sfSaveError("ENTITY_IS_DELETED", "entity is deleted");
          Object.assign(task, Object.fromEntries(Object.entries(r).filter(([k]) => k !== "attributes" && k !== "id")));
          return sfSaveOk(r.id);
        }),
        { headers: limitHeader() },
      );
    }),
    http.post(`${api}/chatter/feed-elements/batch`, async ({ request }) => {
      await record(request);
      const denied = guard(request);
      if (denied) return denied;
      const { inputs } = (await request.json()) as SfChatterBatch;
      const results = inputs.map((i) => {
        const error = state.chatterFail.get(i.richInput.subjectId);
        if (error) return sfChatterItemError(error.errorCode, error.message);
        state.feed.push(i.richInput);
        return { statusCode: 201, result: { id: `0D55g${nextId++}`, feedElementType: "FeedItem" } };
      });
      return HttpResponse.json({ hasErrors: results.some((r) => r.statusCode >= 300), results });
    }),
  ];
  return { state, handlers };
}
