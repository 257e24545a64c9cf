import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { caller } from "../support/call";
import { freePort } from "../support/ports";

/**
 * A stand-in for the hub's help-desk endpoints (the issue 4 contract), used until the real routes
 * land: one P1 incident, one ticket linked to it, an agent token.
 */
export async function startStandInHub(now = new Date()) {
  const agentToken = "stand-in-agent-token-0123456789";
  const ticketId = "4242";
  const incidentId = "inc_standin1";
  const links = new Map<string, { mode: "auto" | "manual"; linkedBy: string | null; linkedAt: string }>([
    [incidentId, { mode: "auto", linkedBy: null, linkedAt: now.toISOString() }],
  ]);
  const incident = (locale: string) => ({
    id: incidentId,
    title: "Card payments failing at checkout",
    severity: "P1",
    phase: "identified",
    url: "https://status.example.com/incidents/inc_standin1",
    link: links.has(incidentId)
      ? {
          state: "linked",
          ...links.get(incidentId)!,
          score: 0.92,
          reasons: ["mentions checkout", "created after the incident started"],
        }
      : { state: "suggested", mode: null, linkedBy: null, linkedAt: null, score: 0.92, reasons: ["mentions checkout"] },
    latestUpdate: {
      body: "We found the cause and are deploying a fix.",
      phase: "identified",
      at: new Date(now.getTime() - 600_000).toISOString(),
    },
    nextUpdateDueAt: new Date(now.getTime() + 1_200_000).toISOString(),
    reply:
      locale === "fr"
        ? { locale: "fr", text: "Nous avons identifié la cause du problème de paiement." }
        : { locale: "en", text: "We have identified the cause of the payment problem." },
    autoClose: null,
  });
  // A test may replace the context answer with any body, or with an error status.
  const scenario: { answer: null | { status: number; body?: unknown } } = { answer: null };
  const app = new Hono()
    .use("/api/v1/*", async (c, next) =>
      c.req.header("authorization") === `Bearer ${agentToken}` ? next() : c.json({ title: "Unauthorized" }, 401),
    )
    .get("/api/v1/helpdesk/tickets/:ticket/context", (c) =>
      scenario.answer
        ? c.json(scenario.answer.body ?? { title: "error" }, scenario.answer.status as 200)
        : c.json({
            ticketId: c.req.param("ticket"),
            incidents: [incident(c.req.query("locale") ?? "en")],
            account: {
              name: "Acme Corp",
              tier: "Enterprise",
              csm: { name: "Dana Whitfield", email: "dana@example.com" },
            },
          }),
    )
    .post("/api/v1/helpdesk/tickets/:ticket/links", async (c) => {
      const { incidentId: id } = await c.req.json<{ incidentId: string }>();
      links.set(id, { mode: "manual", linkedBy: "Sidebar agent", linkedAt: new Date().toISOString() });
      return c.json({ ok: true }, 201);
    })
    .delete("/api/v1/helpdesk/tickets/:ticket/links/:incident", (c) => {
      links.delete(c.req.param("incident"));
      return c.body(null, 204);
    });
  const port = await freePort();
  const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" });
  const baseUrl = `http://127.0.0.1:${port}`;
  const call = caller((path, init) => fetch(`${baseUrl}${path}`, init), { authorization: `Bearer ${agentToken}` });
  return {
    baseUrl,
    agentToken,
    ticketId,
    incidentId,
    scenario,
    incident,
    call,
    context: async () => (await call("GET", `/api/v1/helpdesk/tickets/${ticketId}/context`)).json,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
