import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import { deliveryOptions } from "#apps/hub/wiring/delivery";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { grafanaNotification } from "#connectors/monitoring/grafana/fixtures";
import { pagerDutyEvent } from "#connectors/monitoring/pagerduty/fixtures";
import { createZendeskConnector } from "#connectors/zendesk/index";
import { fakeZendesk } from "#connectors/zendesk/testing/fake-zendesk";
import { createTestHub, type TestHub } from "../support/hub";
import { monitoringConfig, send } from "./support";

const subscriberUrl = "https://hooks.customer.test/liaison";
const zd = fakeZendesk("https://acme.zendesk.com/api/v2");
const subscriberCalls: string[] = [];
const server = setupServer(
  ...zd.handlers,
  http.post(subscriberUrl, async ({ request }) => {
    subscriberCalls.push(await request.text());
    return HttpResponse.json({ ok: true });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

let hub: TestHub;
afterEach(() => hub?.close());

const work = () =>
  runScheduledWork(
    hub.services,
    (events) => handleEvents(events, hub.services),
    async () => {},
  );
const customerFacing = () =>
  (hub.notifier as unknown as { published: { audience: { internal: boolean } }[] }).published.filter(
    (p) => !p.audience.internal,
  );

describe("alerts fire → one candidate → confirmed → P2 declared → alerts resolve → commander prompted", () => {
  it("tells no customer and calls no help desk before confirmation, and never resolves by itself", async () => {
    hub = await createTestHub({
      now: new Date("2026-11-21T22:00:00Z"), // a Saturday night: off-peak, so a core function down suggests P2
      monitoring: monitoringConfig,
      desk: createZendeskConnector({
        subdomain: "acme",
        email: "liaison@acme.test",
        token: "zd-token",
        requestsPerMinute: 1_000_000,
        updatesPerMinute: 1_000_000,
      }),
      helpdesk: { liaisonEmail: "liaison@acme.test" },
      delivery: deliveryOptions({ LIAISON_DELIVERY_SECRET: "delivery-secret-0123456789" })!,
    });
    const checkout = await hub.component("Checkout");
    expect((await hub.call("POST", "/api/v1/subscribers", { channel: "webhook", address: subscriberUrl })).status).toBe(
      201,
    );

    const firing = alertmanagerNotification([
      {
        alertname: "CheckoutHighErrorRate",
        fingerprint: "a1f3c2e4b5d60718",
        labels: { service: "checkout", region: "eu-west-1" },
      },
      {
        alertname: "CheckoutLatencyHigh",
        fingerprint: "b2e4d6f8a0c21436",
        labels: { service: "checkout", region: "eu-west-1", severity: "warning" },
      },
    ]);
    expect((await send(hub, "alertmanager", firing)).status).toBe(202);
    expect(
      (
        await send(
          hub,
          "pagerduty",
          pagerDutyEvent({
            eventId: "01DEMO0TRIGGER",
            type: "incident.triggered",
            incidentId: "Q1CHECKOUT",
            occurredAt: "2026-11-21T21:59:00Z",
          }),
        )
      ).status,
    ).toBe(202);
    expect(
      (
        await send(
          hub,
          "grafana",
          grafanaNotification([
            { alertname: "CheckoutSLOBurn", fingerprint: "c3d5e7f9a1b3c5d7", labels: { service: "checkout" } },
          ]),
        )
      ).status,
    ).toBe(202);

    const list = (await hub.call("GET", "/api/v1/candidates")).json.candidates;
    expect(list).toHaveLength(1);
    const candidate = list[0];
    expect(candidate).toMatchObject({
      kind: "alerts",
      status: "open",
      suggested_severity: "P2",
      firing: 4,
      total: 4,
      components: [checkout],
      regions: ["eu-west-1"],
    });
    expect(candidate.sources.sort()).toEqual(["alertmanager", "grafana", "pagerduty"]);

    await work();
    expect(zd.calls).toEqual([]);
    expect(subscriberCalls).toEqual([]);
    expect(customerFacing()).toEqual([]);
    expect((await hub.call("GET", "/api/v2/incidents/unresolved.json")).json.incidents).toEqual([]);
    expect((await hub.call("GET", "/api/v1/archive")).json.entries).toEqual([]);

    // The alerts' title names a cloud region code; the guardrails keep it off the page, so the
    // commander gives the customer-facing title.
    const confirmed = await hub.call("POST", `/api/v1/candidates/${candidate.id}/confirm`, {
      title: "Checkout errors",
      message: "Some customers cannot complete checkout. We are investigating.",
    });
    expect(confirmed.status, confirmed.text).toBe(201);
    const incidentId = confirmed.json.incident_id;
    const incident = (await hub.call("GET", `/api/v1/incidents/${incidentId}`)).json;
    expect(incident).toMatchObject({ severity: "P2", status: "investigating" });
    expect(incident.updates).toHaveLength(1);
    expect(incident.updates[0].message).toContain("cannot complete checkout");
    expect(
      (await hub.call("GET", "/api/v2/incidents/unresolved.json")).json.incidents.map((i: { id: string }) => i.id),
    ).toEqual([incidentId]);
    // The first notice, archived in each rendering a P2 sends: page, email, banner, social, help desk.
    const archived = (await hub.call("GET", `/api/v1/archive?incident_id=${incidentId}`)).json.entries;
    expect(archived.map((e: { channel: string }) => e.channel)).toEqual([
      "status_page",
      "email",
      "in_app",
      "social",
      "helpdesk",
    ]);
    await work();
    expect(zd.calls.length).toBeGreaterThan(0); // the help desk now knows the incident

    const resolved = alertmanagerNotification([
      {
        alertname: "CheckoutHighErrorRate",
        fingerprint: "a1f3c2e4b5d60718",
        status: "resolved",
        endsAt: "2026-11-21T22:30:00Z",
        labels: { service: "checkout", region: "eu-west-1" },
      },
      {
        alertname: "CheckoutLatencyHigh",
        fingerprint: "b2e4d6f8a0c21436",
        status: "resolved",
        endsAt: "2026-11-21T22:30:00Z",
        labels: { service: "checkout", region: "eu-west-1", severity: "warning" },
      },
    ]);
    hub.clock.advance(30 * 60_000);
    expect((await send(hub, "alertmanager", resolved)).status).toBe(202);
    expect(
      (
        await send(
          hub,
          "pagerduty",
          pagerDutyEvent({
            eventId: "01DEMO0RESOLVE",
            type: "incident.resolved",
            incidentId: "Q1CHECKOUT",
            occurredAt: "2026-11-21T22:29:00Z",
          }),
        )
      ).status,
    ).toBe(202);
    expect((await hub.call("GET", `/api/v1/incidents/${incidentId}/alerts`)).json.candidate.all_signals_resolved).toBe(
      false,
    );
    expect(
      (await hub.call("GET", "/api/v1/reminders", undefined)).json.reminders.filter(
        (r: { kind: string }) => r.kind === "signals_resolved",
      ),
    ).toEqual([]);
    expect(
      (
        await send(
          hub,
          "grafana",
          grafanaNotification([
            {
              alertname: "CheckoutSLOBurn",
              fingerprint: "c3d5e7f9a1b3c5d7",
              status: "resolved",
              labels: { service: "checkout" },
            },
          ]),
        )
      ).status,
    ).toBe(202);

    const alerts = (await hub.call("GET", `/api/v1/incidents/${incidentId}/alerts`)).json;
    expect(alerts.candidate).toMatchObject({ status: "confirmed", all_signals_resolved: true, firing: 0 });
    const prompts = (await hub.call("GET", `/api/v1/reminders?incident_id=${incidentId}`)).json.reminders.filter(
      (r: { kind: string }) => r.kind === "signals_resolved",
    );
    expect(prompts).toHaveLength(1);
    expect(prompts[0].message).toContain("monitoring");
    await work();
    const internal = (
      hub.notifier as unknown as { published: { audience: { internal: boolean }; messages: { text: string }[] }[] }
    ).published.filter((p) => p.audience.internal);
    expect(internal.some((p) => p.messages[0]!.text.includes("have resolved"))).toBe(true);
    expect((await hub.call("GET", `/api/v1/incidents/${incidentId}`)).json.status).toBe("investigating");
  });
});
