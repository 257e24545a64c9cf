import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tokenFor } from "#test/comms/support";
import { customerHook, server, slackHook, teamsHook, vendorCalls, wiredHub } from "./support";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

type Hub = Awaited<ReturnType<typeof wiredHub>>;
const minute = 60_000;

async function subscribe(hub: Hub) {
  const subscribers = [
    { channel: "email", address: "ops@customer.example" },
    { channel: "sms", address: "+14155550123" },
    { channel: "webhook", address: customerHook },
    { channel: "slack", address: slackHook },
    { channel: "teams", address: teamsHook },
  ];
  for (const s of subscribers) {
    const res = await hub.call("POST", "/api/v1/subscribers", { ...s, tier: "enterprise" });
    expect(res.status).toBe(201);
  }
}

/** Drafts, submits, has legal and exec sign off, and publishes one update. */
async function publishSigned(hub: Hub, incidentId: string, body: Record<string, unknown>, approvers: Headers[]) {
  const draft = (await hub.call("POST", `/api/v1/incidents/${incidentId}/drafts`, body)).json;
  expect((await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`)).json.status).toBe("pending_approval");
  await hub.call("POST", `/api/v1/drafts/${draft.id}/approve`, { role: "legal" }, approvers[0]);
  await hub.call("POST", `/api/v1/drafts/${draft.id}/approve`, { role: "exec" }, approvers[1]);
  const published = await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {});
  expect(published.status).toBe(200);
}
type Headers = Record<string, string>;

describe("a fire drill sends nothing outside the capture", () => {
  it("runs a whole P1 story with every vendor configured and makes zero vendor calls; a real incident still calls them", async () => {
    const hub = await wiredHub();
    const payments = await hub.component("Payments", "Platform");
    expect((await hub.call("POST", "/api/v1/crm/sync", { full: true })).status).toBe(200);
    await subscribe(hub);
    for (const id of [101, 102])
      hub.zd.add({ id, subject: "Card payment failed", created_at: hub.clock.now().toISOString() });
    const approvers = [await tokenFor(hub, "viewer", ["legal"]), await tokenFor(hub, "viewer", ["exec"])];
    vendorCalls.length = 0;

    const started = await hub.call("POST", "/api/v1/drills", {
      title: "Card payments failing",
      severity: "P1",
      regions: ["EU"],
      components: [{ id: payments, status: "major_outage" }],
      message: "Some card payments in Europe fail. We are investigating.",
    });
    expect(started.status).toBe(201);
    expect(started.json.drill).toBe(true);
    const id = started.json.id as string;
    await hub.tick();
    for (const ticket of ["101", "102"])
      expect((await hub.call("POST", `/api/v1/helpdesk/tickets/${ticket}/links`, { incidentId: id })).status).toBe(201);
    await hub.tick();
    hub.clock.advance(31 * minute); // past the P1 cadence: a reminder goes to the internal channels
    await hub.tick();
    await publishSigned(hub, id, { status: "identified", message: "We found the cause and are fixing it." }, approvers);
    await hub.tick();
    hub.clock.advance(20 * minute);
    await publishSigned(hub, id, { status: "resolved", message: "Card payments work again." }, approvers);
    await hub.tick();
    await hub.tick();
    hub.clock.advance(60 * minute);
    await publishSigned(
      hub,
      id,
      { kind: "post_incident_summary", status: "resolved", message: "A configuration change broke card payments." },
      approvers,
    );
    await hub.tick();

    expect(vendorCalls).toEqual([]);
    const captures = (await hub.call("GET", `/api/v1/drills/${id}/captures`)).json.captures as {
      port: string;
      channel: string;
      action: string;
      recipient: string;
    }[];
    const count = (port: string, channel: string, action?: string) =>
      captures.filter((c) => c.port === port && c.channel === channel && (!action || c.action === action)).length;
    // Four publications (declaration, identified, resolved, summary) to each subscriber channel.
    for (const channel of ["email", "sms", "webhook", "slack", "teams"]) expect(count("delivery", channel)).toBe(4);
    expect(captures.find((c) => c.channel === "email")?.recipient).toBe("ops@customer.example");
    expect(captures.find((c) => c.port === "delivery" && c.channel === "slack")?.recipient).toBe("hooks.slack.com");
    for (const channel of ["slack", "teams", "email"]) expect(count("internal_alert", channel)).toBeGreaterThan(0);
    expect(count("helpdesk", "zendesk", "create_problem_ticket")).toBe(1);
    expect(count("helpdesk", "zendesk", "save_macro")).toBeGreaterThanOrEqual(3);
    expect(count("helpdesk", "zendesk", "update_ticket")).toBeGreaterThanOrEqual(2);
    expect(count("helpdesk", "zendesk", "update_many")).toBeGreaterThanOrEqual(1);
    expect(count("crm", "salesforce", "create_alert")).toBeGreaterThan(0);
    expect(count("crm", "hubspot", "create_alert")).toBeGreaterThan(0);
    expect(count("crm", "salesforce", "complete_alert")).toBeGreaterThan(0);
    const report = (await hub.call("GET", `/api/v1/drills/${id}/report`)).json;
    expect(report.captures.total).toBe(captures.length);
    expect(report.captures.by_channel["delivery/email"]).toBe(4);

    // The same hub, a real incident: the vendors hear about it, and the drill held no subscriber back.
    const real = await hub.declare({
      title: "Card payments failing for real",
      severity: "P1",
      regions: ["EU"],
      components: [{ id: payments, status: "major_outage" }],
      message: "Some card payments in Europe fail. We are investigating.",
    });
    await hub.tick();
    await hub.tick();
    const hosts = new Set(vendorCalls.map((c) => c.host));
    for (const host of [
      "api.sendgrid.com",
      "api.twilio.com",
      "hooks.slack.com",
      "acme.webhook.office.com",
      "hooks.customer.example",
      "acme.zendesk.com",
      "acme.my.salesforce.test",
      "api.hubspot.test",
    ])
      expect(hosts, host).toContain(host);
    expect((await hub.call("GET", `/api/v1/drills/${real.id}/captures`)).status).toBe(404);
    hub.close();
  });
});
