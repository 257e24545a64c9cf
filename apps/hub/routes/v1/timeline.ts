import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ctxOf, type HonoEnv } from "#apps/hub/env";
import { createRoute } from "./create-route";
import { errorResponses, jsonResponse } from "./openapi";
import { IdParam } from "./schemas/common";

const tags = ["Archive and timeline"];

export const incidentTimelineRoute = createRoute({
  tags,
  permission: "internal:read",
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
});

export const listRemindersRoute = createRoute({
  tags,
  permission: "internal:read",
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
});

/** An incident's communication timeline and the internal reminders. */
export const timelineRoutes = new OpenAPIHono<HonoEnv>()
  .openapi(incidentTimelineRoute, async (c) => {
    const ctx = ctxOf(c);
    const events = await ctx.comms.listEvents(c.req.valid("param").id);
    const detail = (p: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(p).filter(([k]) => k !== "publication"));
    return c.json(
      { events: events.map((e) => ({ type: e.type, at: e.createdAt.toISOString(), detail: detail(e.payload) })) },
      200,
    );
  })
  .openapi(listRemindersRoute, async (c) => {
    const ctx = ctxOf(c);
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
  });
