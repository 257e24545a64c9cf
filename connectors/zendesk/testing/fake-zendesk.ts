import { type HttpHandler, HttpResponse, http } from "msw";
import type { ZendeskTicket } from "../api-types";
import { type JobResult, jobStatusCompleted, jobStatusQueued, zendeskMacro, zendeskTicket } from "../fixtures";

export interface FakeTicket extends ZendeskTicket {
  comments: { body: string; public: boolean }[];
}

/**
 * A scripted answer for the next call of one operation; `afterApplying` does the work first, as a
 * gateway timeout can.
 */
export interface ScriptedFault {
  status: number;
  headers?: Record<string, string>;
  /** An HTML page, as Zendesk's edge answers 502 and 504. */
  html?: string;
  afterApplying?: boolean;
}

/** The ticket fields a create, update or update_many body carries (Zendesk Tickets API). */
type TicketWrite = Partial<
  Pick<ZendeskTicket, "subject" | "type" | "status" | "tags" | "problem_id" | "external_id" | "custom_fields">
> & {
  comment?: { body: string; public?: boolean };
  /** update_many only. */
  additional_tags?: string[];
  remove_tags?: string[];
  /** A single update with safe_update is refused when updated_stamp is not the ticket's updated_at. */
  safe_update?: boolean;
  updated_stamp?: string;
};

/** Zendesk stamps times to the second. */
const stamp = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/**
 * A small stateful Zendesk account behind msw: tickets, update_many jobs, job statuses, search and
 * macros, with optional faults (429 with Retry-After, or 500) on a share of calls and scripted ones
 * per operation. It behaves like the real API where Liaison once assumed otherwise: new tickets get
 * the creation time, search finds problem tickets too (unless the query excludes them), a single
 * ticket PUT takes `tags` (with safe_update) but not update_many's `additional_tags`/`remove_tags`,
 * and failed job results carry `details`. Tests and benchmarks read its state and count its calls.
 */
export function fakeZendesk(
  base = "https://acme.zendesk.com/api/v2",
  o: { faultRate?: number; seed?: number; pollsBeforeDone?: number; now?: () => Date } = {},
) {
  const now = () => (o.now ?? (() => new Date()))();
  const tickets = new Map<number, FakeTicket>();
  const macros = new Map<number, ReturnType<typeof zendeskMacro>>();
  const jobs = new Map<string, { polls: number; results: JobResult[] }>();
  const scripted = new Map<string, ScriptedFault[]>();
  const calls: string[] = [];
  let nextId = 90_000;
  let seed = o.seed ?? 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const state = { faultRate: o.faultRate ?? 0, failTickets: new Map<number, string>(), faults: 0 };

  const fault = () => {
    if (random() >= state.faultRate) return null;
    state.faults++;
    return random() < 0.5
      ? HttpResponse.json(
          { error: "APIRateLimitExceeded", description: "Number of allowed API requests per minute exceeded" },
          { status: 429, headers: { "Retry-After": "1" } },
        )
      : HttpResponse.json({ error: "InternalError" }, { status: 500 });
  };
  const answer = (f: ScriptedFault) =>
    f.html
      ? new HttpResponse(f.html, { status: f.status, headers: { "content-type": "text/html", ...f.headers } })
      : HttpResponse.json({ error: "ServiceUnavailable" }, { status: f.status, headers: f.headers });
  const counted =
    (name: string, handler: Parameters<typeof http.get>[1]): Parameters<typeof http.get>[1] =>
    async (info) => {
      calls.push(name);
      const next = scripted.get(name)?.shift();
      if (next?.afterApplying) await handler(info);
      if (next) return answer(next);
      return fault() ?? handler(info);
    };
  const ids = (url: URL) => (url.searchParams.get("ids") ?? "").split(",").filter(Boolean).map(Number);
  const view = ({ comments: _c, ...t }: FakeTicket): ZendeskTicket => t;

  const apply = (t: FakeTicket, body: TicketWrite, many: boolean) => {
    if (body.tags) t.tags = [...new Set<string>(body.tags)];
    if (many && body.additional_tags) t.tags = [...new Set([...t.tags, ...body.additional_tags])];
    const removed = body.remove_tags;
    if (many && removed) t.tags = t.tags.filter((x) => !removed.includes(x));
    if (body.type) t.type = body.type;
    if ("problem_id" in body) t.problem_id = body.problem_id;
    if (body.status) t.status = body.status;
    if (body.comment) t.comments.push({ body: body.comment.body, public: body.comment.public !== false });
    if (body.custom_fields) t.custom_fields = body.custom_fields;
    t.updated_at = stamp(now());
  };

  const handlers: HttpHandler[] = [
    http.get(
      `${base}/tickets/show_many.json`,
      counted("tickets.show_many", ({ request }) =>
        HttpResponse.json({
          tickets: ids(new URL(request.url))
            .map((id) => tickets.get(id))
            .filter(Boolean)
            .map((t) => view(t!)),
        }),
      ),
    ),
    http.put(
      `${base}/tickets/update_many.json`,
      counted("tickets.update_many", async ({ request }) => {
        const { ticket } = (await request.json()) as { ticket: TicketWrite };
        const jobId = `V3-${(nextId++).toString(16)}`;
        const results = ids(new URL(request.url)).map((id) => {
          const t = tickets.get(id);
          if (!t) return { id, success: false, error: "RecordNotFound", details: `Ticket ${id} not found` };
          const refusal = state.failTickets.get(id);
          if (refusal !== undefined) return { id, success: false, error: "TicketUpdateFailed", details: refusal };
          apply(t, ticket, true);
          return { id, success: true };
        });
        jobs.set(jobId, { polls: 0, results });
        return HttpResponse.json({ job_status: jobStatusQueued(jobId, results.length) });
      }),
    ),
    http.get(
      `${base}/job_statuses/show_many.json`,
      counted("job_statuses.show_many", ({ request }) => {
        const wanted = (new URL(request.url).searchParams.get("ids") ?? "").split(",").filter(Boolean);
        return HttpResponse.json({
          job_statuses: wanted
            .filter((id) => jobs.has(id))
            .map((id) => {
              const job = jobs.get(id)!;
              return job.polls++ < (o.pollsBeforeDone ?? 0)
                ? jobStatusQueued(id, job.results.length)
                : jobStatusCompleted(id, job.results);
            }),
        });
      }),
    ),
    http.get(
      `${base}/tickets.json`,
      counted("tickets.by_external_id", ({ request }) => {
        const ext = new URL(request.url).searchParams.get("external_id");
        return HttpResponse.json({
          tickets: [...tickets.values()].filter((t) => t.external_id === ext).map(view),
          count: 0,
          next_page: null,
          previous_page: null,
        });
      }),
    ),
    http.post(
      `${base}/tickets.json`,
      counted("tickets.create", async ({ request }) => {
        const { ticket } = (await request.json()) as { ticket: TicketWrite };
        const t = add({
          id: nextId++,
          subject: ticket.subject,
          description: ticket.comment?.body ?? "",
          type: ticket.type ?? null,
          tags: ticket.tags ?? [],
          external_id: ticket.external_id ?? null,
          status: "open",
          created_at: stamp(now()),
          updated_at: stamp(now()),
        });
        return HttpResponse.json({ ticket: view(t), audit: { id: nextId++, events: [] } }, { status: 201 });
      }),
    ),
    http.get(
      `${base}/tickets/:id.json`,
      counted("tickets.show", ({ params }) => {
        const t = tickets.get(Number(params.id));
        return t
          ? HttpResponse.json({ ticket: view(t) })
          : HttpResponse.json({ error: "RecordNotFound", description: "Not found" }, { status: 404 });
      }),
    ),
    http.put(
      `${base}/tickets/:id.json`,
      counted("tickets.update", async ({ request, params }) => {
        const t = tickets.get(Number(params.id));
        if (!t) return HttpResponse.json({ error: "RecordNotFound", description: "Not found" }, { status: 404 });
        const { ticket } = (await request.json()) as { ticket: TicketWrite };
        if (ticket.safe_update && ticket.updated_stamp !== t.updated_at)
          return HttpResponse.json(
            { error: "UpdateConflict", description: "Safe Update prevented the update due to outdated ticket data." },
            { status: 409 },
          );
        apply(t, ticket, false);
        return HttpResponse.json({ ticket: view(t), audit: { id: nextId++, events: [] } });
      }),
    ),
    http.get(
      `${base}/search/count.json`,
      counted("search.count", ({ request }) => HttpResponse.json({ count: search(new URL(request.url)).length })),
    ),
    http.get(
      `${base}/search.json`,
      counted("search", ({ request }) => {
        const url = new URL(request.url);
        const found = search(url).slice(0, Number(url.searchParams.get("per_page") ?? 100));
        return HttpResponse.json({
          results: found.map((t) => ({ ...view(t), result_type: "ticket" })),
          count: found.length,
          next_page: null,
          previous_page: null,
          facets: null,
        });
      }),
    ),
    http.get(
      `${base}/macros/search.json`,
      counted("macros.search", ({ request }) => {
        const q = new URL(request.url).searchParams.get("query") ?? "";
        return HttpResponse.json({
          macros: [...macros.values()].filter((m) => m.title.includes(q)),
          count: 0,
          next_page: null,
          previous_page: null,
        });
      }),
    ),
    http.post(
      `${base}/macros.json`,
      counted("macros.create", async ({ request }) => {
        const { macro } = (await request.json()) as { macro: { title: string; active: boolean; actions: unknown[] } };
        const m = zendeskMacro(nextId++, macro.title, macro.active, macro.actions);
        macros.set(m.id, m);
        return HttpResponse.json({ macro: m }, { status: 201 });
      }),
    ),
    http.put(
      `${base}/macros/:id.json`,
      counted("macros.update", async ({ request, params }) => {
        const m = macros.get(Number(params.id));
        if (!m) return HttpResponse.json({ error: "RecordNotFound" }, { status: 404 });
        const { macro } = (await request.json()) as { macro: { title: string; active: boolean; actions: unknown[] } };
        Object.assign(m, { title: macro.title, active: macro.active, actions: macro.actions });
        return HttpResponse.json({ macro: m });
      }),
    ),
  ];

  /** Zendesk's `type:ticket [-ticket_type:problem] created>=…` search, oldest first (problems are tickets too). */
  function search(url: URL) {
    const query = url.searchParams.get("query") ?? "";
    const since = /created>=(\S+)/.exec(query)?.[1];
    const noProblems = /(^|\s)-ticket_type:problem(\s|$)/.test(query);
    return [...tickets.values()]
      .filter((t) => !(noProblems && t.type === "problem"))
      .filter((t) => !since || Date.parse(t.created_at) >= Date.parse(since))
      .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  }
  function add(over: Partial<ZendeskTicket> & { id: number }): FakeTicket {
    const t: FakeTicket = { ...zendeskTicket(over), comments: [] };
    tickets.set(t.id, t);
    return t;
  }
  return {
    handlers,
    tickets,
    macros,
    calls,
    state,
    add,
    /** Answers the next call(s) of `operation` (a name in `calls`) with these faults, in order. */
    script(operation: string, ...faults: ScriptedFault[]) {
      scripted.set(operation, [...(scripted.get(operation) ?? []), ...faults]);
    },
    count: (name: string) => calls.filter((c) => c === name).length,
  };
}
export type FakeZendesk = ReturnType<typeof fakeZendesk>;
