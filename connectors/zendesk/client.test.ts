import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createZendeskClient } from "./client";
import { ticketLoginProblem } from "./fixtures";

const server = setupServer(
  http.get("https://acme.zendesk.com/api/v2/tickets/35436.json", ({ request }) =>
    request.headers.get("authorization") === `Basic ${btoa("agent@acme.test/token:zd-token")}`
      ? HttpResponse.json({ ticket: ticketLoginProblem })
      : HttpResponse.json({ error: "Couldn't authenticate you" }, { status: 401 }),
  ),
  http.get("https://acme.zendesk.com/api/v2/tickets/1.json", () =>
    HttpResponse.json({ ticket: { id: 1, subject: 7 } }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("Zendesk client (node-zendesk, msw at the network edge)", () => {
  const client = createZendeskClient({ subdomain: "acme", email: "agent@acme.test", token: "zd-token" });

  it("reads a ticket with API-token auth and parses it", async () => {
    const ticket = await client.getTicket("35436");
    expect(ticket).toMatchObject({
      id: 35436,
      subject: "Can't log in to the dashboard",
      organization_id: 509974,
      status: "new",
    });
  });

  it("rejects a payload that does not look like a ticket", async () => {
    await expect(client.getTicket("1")).rejects.toThrow();
  });
});
