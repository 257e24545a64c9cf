import { serve } from "@hono/node-server";
import { http, passthrough } from "msw";
import { setupServer } from "msw/node";
import { createZendeskConnector } from "#connectors/zendesk/index";
import { fakeZendesk } from "#connectors/zendesk/testing/fake-zendesk";
import { minutes } from "#core/shared/clock";
import { customerTicket, liaisonEmail, webhookSecret, workUntilQuiet } from "../helpdesk/support";
import { caller } from "../support/call";
import { createTestHub } from "../support/hub";
import { freePort } from "../support/ports";

/**
 * The real hub (createTestHub, in-memory SQLite) served over HTTP, wired to a fake Zendesk account
 * behind msw. A P1 is declared and updated, and a customer's ticket arrives by signed webhook and is
 * linked by the matcher, so the sidebar sees exactly what an agent would. The hub's clock ends at
 * the real time, so the browser's relative times read naturally.
 */
export async function startLiveHub() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const zd = fakeZendesk("https://acme.zendesk.com/api/v2");
  // Local calls (the stand-in Zendesk proxy to this hub, or to a dead port) pass through; anything else must be the
  // fake account.
  const msw = setupServer(
    http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
    ...zd.handlers,
  );
  msw.listen({ onUnhandledRequest: "error" });
  const desk = createZendeskConnector({
    subdomain: "acme",
    email: liaisonEmail,
    token: "zd-api-token-secret",
    retry: { sleep: async () => {}, maxAttempts: 8 },
  });
  const hub = await createTestHub({
    now: new Date(Date.now() - minutes(14)),
    desk,
    helpdesk: { webhookSecret, liaisonEmail },
  });
  const server = serve({ fetch: hub.app.fetch, port, hostname: "127.0.0.1" });

  const issued = await hub.call("POST", "/api/v1/tokens", { name: "Zendesk sidebar", role: "agent" });
  if (issued.status !== 201) throw new Error(`token: ${issued.status} ${issued.text}`);
  const agentToken = issued.json.token as string;

  const checkout = await hub.component("Checkout", "Store");
  const incident = await hub.declare({
    title: "Card payments failing at checkout",
    severity: "P1",
    components: [{ id: checkout, status: "major_outage" }],
    message: "Some customers cannot pay by card at checkout. We are investigating.",
  });
  await workUntilQuiet(hub);
  hub.clock.advance(minutes(8));
  const update = await hub.call("POST", `/api/v1/incidents/${incident.id}/updates`, {
    status: "identified",
    message: "We found the cause of the failed card payments and are rolling out a fix. Orders were not charged twice.",
  });
  if (update.status !== 201) throw new Error(`update: ${update.status} ${update.text}`);
  hub.clock.advance(minutes(3));
  const ticketId = "4242";
  const delivered = await customerTicket(hub, zd, Number(ticketId), "Checkout fails when I pay by card", {
    description: "Every card payment at checkout fails with an error.",
    locale: "fr-FR",
    tier: "enterprise",
    organizationId: "509974",
    organizationName: "Acme Corp",
  });
  if (delivered.status !== 202) throw new Error(`webhook: ${delivered.status} ${JSON.stringify(delivered.json)}`);
  await workUntilQuiet(hub);
  hub.clock.advance(minutes(3));

  const call = caller((path, init) => fetch(`${baseUrl}${path}`, init), { authorization: `Bearer ${agentToken}` });
  const context = async () => (await call("GET", `/api/v1/helpdesk/tickets/${ticketId}/context`)).json;
  return {
    call,
    baseUrl,
    agentToken,
    ticketId,
    incidentId: incident.id as string,
    hub,
    zd,
    context,
    /** Runs the scheduled work until Zendesk is in step with the hub's links. */
    settle: () => workUntilQuiet(hub),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      msw.close();
      hub.close();
    },
  };
}
