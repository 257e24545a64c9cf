import type { HelpDesk, JobOutcome, TicketChange } from "#core/ports/helpdesk";
import { chunks } from "#core/shared/chunks";
import { createZendeskClient, type ZendeskConfig } from "./client";
import { type FieldMap, ticketFromApi } from "./mapper";

export interface ZendeskConnectorConfig extends ZendeskConfig {
  fields?: FieldMap;
}

/** The ticket body of a change, tags aside (they differ between a single PUT and update_many). */
function ticketBody(c: TicketChange): Record<string, unknown> {
  const t: Record<string, unknown> = {};
  if (c.type) t.type = c.type;
  if (c.problemId !== undefined) t.problem_id = c.problemId === null ? null : Number(c.problemId);
  if (c.comment) t.comment = { body: c.comment.body, public: c.comment.public };
  if (c.customFields) t.custom_fields = c.customFields.map((f) => ({ id: Number(f.id), value: f.value }));
  if (c.status) t.status = c.status;
  return t;
}

/** update_many is where Zendesk documents additional_tags/remove_tags: they never clobber other tags. */
function manyBody(c: TicketChange): Record<string, unknown> {
  const t = ticketBody(c);
  if (c.addTags?.length) t.additional_tags = c.addTags;
  if (c.removeTags?.length) t.remove_tags = c.removeTags;
  return t;
}

const mergeTags = (current: readonly string[], c: TicketChange) => [
  ...new Set([...current, ...(c.addTags ?? [])].filter((t) => !c.removeTags?.includes(t))),
];
const safeUpdateAttempts = 3;

const searchPageSize = 100;
// Problem tickets (Liaison's own among them) are tickets to search; customers' reports never are problems.
const searchQuery = (since: Date) => `type:ticket -ticket_type:problem created>=${since.toISOString().slice(0, 19)}Z`;

/**
 * The cursor is the last creation time seen plus the ids seen at that instant, so date paging never repeats a ticket.
 */
const readCursor = (c: string | null, since: Date) =>
  c ? (JSON.parse(c) as { after: string; ids: string[] }) : { after: since.toISOString(), ids: [] };

/** The HelpDesk port on Zendesk. */
export function createZendeskConnector(config: ZendeskConnectorConfig): HelpDesk {
  const zd = createZendeskClient(config);
  return {
    async getTicket(id) {
      return ticketFromApi(await zd.getTicket(id), config.fields);
    },
    async updateTicket(id, change) {
      if (!change.addTags?.length && !change.removeTags?.length)
        return void (await zd.updateTicket(id, ticketBody(change)));
      // A single-ticket PUT takes the whole tag list: merge with the current one, and let safe_update
      // refuse (409) if someone changed the ticket in between, then read again.
      for (let attempt = 1; ; attempt++) {
        const current = await zd.getTicket(id);
        const body = { ...ticketBody(change), tags: mergeTags(current.tags, change) };
        try {
          return void (await zd.updateTicket(id, { ...body, safe_update: true, updated_stamp: current.updated_at }));
        } catch (e) {
          if ((e as { status?: number }).status !== 409 || attempt >= safeUpdateAttempts) throw e;
        }
      }
    },
    async ticketTags(ids) {
      const out = new Map<string, string[]>();
      for (const page of chunks(ids, 100)) for (const t of await zd.showMany(page)) out.set(String(t.id), t.tags);
      return out;
    },
    async ensureProblemTicket(o) {
      const [found] = await zd.ticketsByExternalId(o.externalId);
      if (found) return String(found.id);
      const created = await zd.createTicket({
        subject: o.subject,
        comment: { body: o.body, public: false },
        type: "problem",
        external_id: o.externalId,
        tags: o.tags,
      });
      return String(created.id);
    },
    async saveMacro(id, m) {
      // current_tags adds to the ticket's tags; set_tags would replace routing and SLA tags an agent relies on.
      const macro = {
        title: m.title,
        active: m.active,
        actions: [
          { field: "comment_value", value: m.comment },
          { field: "current_tags", value: m.tags.join(" ") },
        ],
      };
      // A crash after creating but before Liaison stored the id must not leave two macros: look it up by title first.
      const existing = id ?? (await zd.searchMacros(m.title)).find((x) => x.title === m.title)?.id;
      return String(
        existing ? (await zd.updateMacro(String(existing), macro)).macro.id : (await zd.createMacro(macro)).macro.id,
      );
    },
    async searchCreatedSince(since, cursor) {
      const c = readCursor(cursor, since);
      const raw = await zd.searchPage(searchQuery(new Date(c.after)));
      const fresh = raw.filter((t) => !c.ids.includes(String(t.id)));
      const tickets = fresh.filter((t) => t.type !== "problem").map((t) => ticketFromApi(t, config.fields));
      if (raw.length < searchPageSize || !fresh.length) return { tickets, next: null };
      const at = (t: (typeof fresh)[number]) => new Date(t.created_at).toISOString();
      const last = at(fresh[fresh.length - 1]!);
      const sameInstant = fresh.filter((t) => at(t) === last).map((t) => String(t.id));
      const next = JSON.stringify({ after: last, ids: last === c.after ? [...c.ids, ...sameInstant] : sameInstant });
      return { tickets, next };
    },
    async countCreatedSince(since) {
      return (await zd.searchCount(searchQuery(since))).count;
    },
    async updateMany(ids, change) {
      return (await zd.updateMany(ids, manyBody(change))).job_status.id;
    },
    async jobOutcomes(jobIds) {
      const out = new Map<string, JobOutcome>();
      for (const j of (await zd.jobStatuses(jobIds)).job_statuses) {
        const results = j.results ?? [];
        const ok = (r: (typeof results)[number]) => r.success !== false && !r.error && !r.errors;
        out.set(j.id, {
          done: j.status === "completed" || j.status === "failed" || j.status === "killed",
          succeeded: results.filter((r) => r.id !== undefined && ok(r)).map((r) => String(r.id)),
          failed: results
            .filter((r) => r.id !== undefined && !ok(r))
            .map((r) => ({
              id: String(r.id),
              error: [r.error ?? r.errors ?? "failed", r.details].filter(Boolean).join(": "),
            })),
        });
      }
      return out;
    },
  };
}
