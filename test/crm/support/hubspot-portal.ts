import { HttpResponse, type HttpResponseResolver, http } from "msw";
import { hsOwners, hsTenSecondlyLimit } from "#connectors/hubspot/fixtures";

export const hsBase = "https://api.hubspot.test";
export const hsToken = "pat-eu1-11111111-2222-3333-4444-SECRETTOKEN5";
/** How many associations of one object a v4 batch read answers before it pages. */
const associationsPerAnswer = 500;
/** A CRM object as HubSpot's v3 APIs answer it: an id and string properties. */
type HsObject = { id: string; properties: Record<string, string | null> };
type Association = { to: { id: string }; types: { associationCategory: string; associationTypeId: number }[] };
/** Task and note batch create inputs; task batch update inputs carry the id instead. */
type WriteInput = { properties: Record<string, string>; associations: Association[]; objectWriteTraceId?: string };
type UpdateInput = { id: string; properties: Record<string, string> };
export type HsSearch = {
  filterGroups: { filters: { propertyName: string; operator: string; value: string }[] }[];
  limit: number;
  after?: string;
};
/** Associations v4 and contacts batch reads: ids, and where a company's associations continue. */
export type HsReadInput = { id: string; after?: string };
export type HsBatch<I> = { inputs: I[] };

/**
 * A HubSpot portal behind msw: companies list and search (which refuses to page past 10,000),
 * associations and contacts batch reads, owners, task and note batch writes, and 429
 * TEN_SECONDLY_ROLLING answers on demand. Every call is recorded.
 */
export function hubspotPortal(o: { companies: HsObject[]; contacts: HsObject[]; links: Record<string, string[]> }) {
  const state = {
    companies: o.companies,
    contacts: o.contacts,
    links: o.links,
    tasks: new Map<string, WriteInput & { id: string }>(),
    notes: [] as WriteInput[],
    /** A body is an HsSearch or an HsBatch of the endpoint's inputs, by path. */
    calls: [] as { method: string; path: string; body?: unknown }[],
    tooMany: 0,
  };
  let nextId = 1;
  const headers = () => ({
    "X-HubSpot-RateLimit-Daily": "250000",
    "X-HubSpot-RateLimit-Daily-Remaining": String(250000 - state.calls.length),
  });
  const wrap =
    <B = undefined>(fn: (request: unknown, body: B, url: URL) => Response | Promise<Response>): HttpResponseResolver =>
    async ({ request }) => {
      const url = new URL(request.url);
      const body = request.method === "GET" ? undefined : ((await request.json()) as B);
      state.calls.push({ method: request.method, path: url.pathname + url.search, body });
      if (request.headers.get("authorization") !== `Bearer ${hsToken}`)
        return HttpResponse.json(
          { status: "error", message: "Authentication credentials not found.", category: "INVALID_AUTHENTICATION" },
          { status: 401 },
        );
      if (state.tooMany > 0) {
        state.tooMany--;
        return HttpResponse.json(hsTenSecondlyLimit, { status: 429 });
      }
      return fn(request, body as B, url);
    };
  const paged = (rows: HsObject[], after: number, limit: number, extra: object = {}) =>
    HttpResponse.json(
      {
        ...extra,
        results: rows.slice(after, after + limit),
        ...(after + limit < rows.length ? { paging: { next: { after: String(after + limit), link: "" } } } : {}),
      },
      { headers: headers() },
    );
  const handlers = [
    http.get(
      `${hsBase}/crm/v3/objects/companies`,
      wrap((_r, _b, url) =>
        paged(state.companies, Number(url.searchParams.get("after") ?? 0), Number(url.searchParams.get("limit") ?? 10)),
      ),
    ),
    http.post(
      `${hsBase}/crm/v3/objects/companies/search`,
      wrap((_r, body: HsSearch) => {
        const after = Number(body.after ?? 0);
        if (after + body.limit > 10_000)
          return HttpResponse.json(
            { status: "error", message: "Cannot page beyond 10000 results", category: "VALIDATION_ERROR" },
            { status: 400 },
          );
        const since = Number(body.filterGroups[0].filters[0].value);
        const hits = state.companies
          .filter((c) => Number(c.properties.hs_lastmodifieddate) >= since)
          .sort(
            (a, b) =>
              Number(a.properties.hs_lastmodifieddate) - Number(b.properties.hs_lastmodifieddate) ||
              Number(a.id) - Number(b.id),
          );
        return paged(hits, after, body.limit, { total: hits.length });
      }),
    ),
    http.post(
      `${hsBase}/crm/v4/associations/companies/contacts/batch/read`,
      wrap((_r, body: HsBatch<HsReadInput>) => {
        if (body.inputs.length > 1000)
          return HttpResponse.json(
            { status: "error", message: "Batch input size exceeds limit of 1000", category: "VALIDATION_ERROR" },
            { status: 400 },
          );
        return HttpResponse.json(
          {
            status: "COMPLETE",
            results: body.inputs
              .filter((i) => state.links[i.id])
              .map((i) => {
                const from = Number(i.after ?? 0);
                const all = state.links[i.id];
                return {
                  from: { id: i.id },
                  to: all.slice(from, from + associationsPerAnswer).map((c) => ({
                    toObjectId: Number(c),
                    associationTypes: [{ category: "HUBSPOT_DEFINED", typeId: 280, label: null }],
                  })),
                  ...(from + associationsPerAnswer < all.length
                    ? { paging: { next: { after: String(from + associationsPerAnswer), link: "" } } }
                    : {}),
                };
              }),
            startedAt: "2026-11-20T10:00:00Z",
            completedAt: "2026-11-20T10:00:00Z",
          },
          { headers: headers() },
        );
      }),
    ),
    http.post(
      `${hsBase}/crm/v3/objects/contacts/batch/read`,
      wrap((_r, body: HsBatch<HsReadInput>) =>
        HttpResponse.json(
          {
            status: "COMPLETE",
            results: state.contacts.filter((c) => body.inputs.some((i) => i.id === c.id)),
            startedAt: "2026-11-20T10:00:00Z",
            completedAt: "2026-11-20T10:00:00Z",
          },
          { headers: headers() },
        ),
      ),
    ),
    http.get(
      `${hsBase}/crm/v3/owners/`,
      wrap(() => HttpResponse.json({ results: hsOwners }, { headers: headers() })),
    ),
    http.post(
      `${hsBase}/crm/v3/objects/tasks/batch/create`,
      wrap((_r, body: HsBatch<WriteInput>) =>
        HttpResponse.json(
          {
            status: "COMPLETE",
            results: body.inputs.reverse().map((i) => {
              const id = String(80_000 + nextId++);
              state.tasks.set(id, { id, ...i });
              return {
                id,
                properties: i.properties,
                ...(i.objectWriteTraceId ? { objectWriteTraceId: i.objectWriteTraceId } : {}),
                createdAt: "2026-11-20T10:00:00Z",
                updatedAt: "2026-11-20T10:00:00Z",
                archived: false,
              };
            }),
            startedAt: "2026-11-20T10:00:00Z",
            completedAt: "2026-11-20T10:00:00Z",
          },
          { status: 201, headers: headers() },
        ),
      ),
    ),
    http.post(
      `${hsBase}/crm/v3/objects/tasks/batch/update`,
      wrap((_r, body: HsBatch<UpdateInput>) =>
        HttpResponse.json(
          {
            status: "COMPLETE",
            results: body.inputs
              .filter((i) => state.tasks.has(i.id))
              .map((i) => {
                const t = state.tasks.get(i.id)!;
                Object.assign(t.properties, i.properties);
                return {
                  id: i.id,
                  properties: t.properties,
                  createdAt: "2026-11-20T10:00:00Z",
                  updatedAt: "2026-11-20T10:00:00Z",
                  archived: false,
                };
              }),
            startedAt: "2026-11-20T10:00:00Z",
            completedAt: "2026-11-20T10:00:00Z",
          },
          { headers: headers() },
        ),
      ),
    ),
    http.post(
      `${hsBase}/crm/v3/objects/notes/batch/create`,
      wrap((_r, body: HsBatch<WriteInput>) => {
        state.notes.push(...body.inputs);
        return HttpResponse.json(
          {
            status: "COMPLETE",
            results: body.inputs.map((i) => ({
              id: String(60_000 + nextId++),
              properties: i.properties,
              createdAt: "2026-11-20T10:00:00Z",
              updatedAt: "2026-11-20T10:00:00Z",
              archived: false,
            })),
            startedAt: "2026-11-20T10:00:00Z",
            completedAt: "2026-11-20T10:00:00Z",
          },
          { status: 201, headers: headers() },
        );
      }),
    ),
  ];
  return { state, handlers };
}
