import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { verifyChain } from "#core/archive/chain";
import type { Principal } from "#core/auth/roles";
import { can } from "#core/auth/roles";
import { authorize } from "#core/shared/authorize";
import { DomainError } from "#core/shared/errors";
import { errorResponses, jsonResponse, security } from "./openapi";
import { IdParam, Timestamp } from "./schemas";

const tags = ["Archive and timeline"];
// P keeps each path a literal, so tests can read response types by path.
const route = <P extends string, T extends Parameters<typeof createRoute>[0] & { path: P }>(r: T) =>
  createRoute({ tags, security, ...r });

/** The archive is for audit: admins and sign-off approvers (legal, PR, exec) may read it. */
function assertAuditor(p: Principal) {
  if (!can(p.role, "archive:read") && p.approves.length === 0)
    throw new DomainError("forbidden", "Only admins and approvers may read the message archive.");
}

const Entry = z
  .object({
    seq: z.number(),
    id: z.string(),
    at: z.string(),
    incident_id: z.string().nullable(),
    kind: z.string(),
    channel: z.string(),
    locale: z.string(),
    audience: z.string(),
    text: z.string(),
    approvals: z.unknown(),
    policy_version: z.number(),
    prev_hash: z.string(),
    hash: z.string(),
  })
  .openapi("ArchiveEntry");

export const archiveRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(
    route({
      method: "get",
      path: "/archive",
      summary: "Export archived external messages in a time range",
      request: {
        query: z.object({ from: Timestamp.optional(), to: Timestamp.optional(), incident_id: z.string().optional() }),
      },
      responses: { 200: jsonResponse(z.object({ entries: z.array(Entry) }), "Entries"), ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      assertAuditor(ctx.actor);
      const q = c.req.valid("query");
      const entries = await ctx.comms.listArchive({
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        incidentId: q.incident_id,
      });
      return c.json(
        {
          entries: entries.map((e) => ({
            seq: e.seq,
            id: e.id,
            at: e.at.toISOString(),
            incident_id: e.incidentId,
            kind: e.kind,
            channel: e.channel,
            locale: e.locale,
            audience: e.audience,
            text: e.text,
            approvals: e.approvals,
            policy_version: e.policyVersion,
            prev_hash: e.prevHash,
            hash: e.hash,
          })),
        },
        200,
      );
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/archive/verify",
      summary: "Check the whole hash chain for modified, removed or reordered rows",
      responses: {
        200: jsonResponse(
          z.object({
            ok: z.boolean(),
            checked: z.number(),
            problems: z.array(z.object({ seq: z.number(), problem: z.string() })),
          }),
          "Result",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      assertAuditor(ctx.actor);
      return c.json(await verifyChain(await ctx.comms.listArchive({})), 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/incidents/{id}/timeline",
      summary: "The communication timeline: drafted, approved, published, reminded",
      request: { params: IdParam },
      responses: {
        200: jsonResponse(
          z.object({
            events: z.array(z.object({ type: z.string(), at: z.string(), detail: z.record(z.string(), z.unknown()) })),
          }),
          "Timeline",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      authorize(ctx.actor, "internal:read");
      const events = await ctx.comms.listEvents(c.req.valid("param").id);
      const detail = (p: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(p).filter(([k]) => k !== "publication"));
      return c.json(
        { events: events.map((e) => ({ type: e.type, at: e.createdAt.toISOString(), detail: detail(e.payload) })) },
        200,
      );
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/reminders",
      summary: "Internal reminders sent or held (overdue updates, extended outages, post-mortems)",
      request: { query: z.object({ incident_id: z.string().optional() }) },
      responses: {
        200: jsonResponse(
          z.object({
            reminders: z.array(
              z.object({
                id: z.string(),
                incident_id: z.string(),
                kind: z.string(),
                due_at: z.string(),
                created_at: z.string(),
                held: z.boolean(),
                message: z.string(),
              }),
            ),
          }),
          "Reminders",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      authorize(ctx.actor, "internal:read");
      const list = await ctx.comms.listReminders({ incidentId: c.req.valid("query").incident_id });
      return c.json(
        {
          reminders: list.map((r) => ({
            id: r.id,
            incident_id: r.incidentId,
            kind: r.kind,
            due_at: r.dueAt.toISOString(),
            created_at: r.createdAt.toISOString(),
            held: r.held,
            message: r.message,
          })),
        },
        200,
      );
    },
  );
