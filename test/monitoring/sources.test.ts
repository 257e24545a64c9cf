import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertmanagerNotification, documentedExample } from "#connectors/monitoring/alertmanager/fixtures";
import { datadogNotification } from "#connectors/monitoring/datadog/fixtures";
import { grafanaNotification } from "#connectors/monitoring/grafana/fixtures";
import { pagerDutyEvent } from "#connectors/monitoring/pagerduty/fixtures";
import { sentryEventAlert, sentryIssue, sentryMetricAlert } from "#connectors/monitoring/sentry/fixtures";
import { createTestHub, type TestHub } from "../support/hub";
import { monitoringConfig, send } from "./support";

let hub: TestHub;
let checkout: string;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-21T22:00:00Z"), monitoring: monitoringConfig });
  checkout = await hub.component("Checkout");
});
afterEach(() => hub.close());

const candidates = async () => (await hub.call("GET", "/api/v1/candidates")).json.candidates;
const signalsOf = async (id: string) => (await hub.call("GET", `/api/v1/candidates/${id}`)).json.signals;

describe("Alertmanager (webhook_config, payload v4)", () => {
  it("takes the documented example with basic auth, reads labels, and applies a redelivery once", async () => {
    const first = await send(hub, "alertmanager", documentedExample, { basic: true });
    expect(first.status).toBe(202);
    expect(first.json).toMatchObject({ accepted: true, duplicate: false, signals: 1 });
    const [candidate] = await candidates();
    expect(candidate).toMatchObject({ title: "Test", regions: ["eu-west-1"], firing: 1, sources: ["alertmanager"] });
    expect((await signalsOf(candidate.id))[0]).toMatchObject({
      fingerprint: "7a9b1c6ee2f4d810",
      labels: { job: "prometheus24", instance: "localhost:9090" },
    });
    const again = await send(hub, "alertmanager", documentedExample);
    expect(again.json).toMatchObject({ accepted: true, duplicate: true });
    expect(await candidates()).toHaveLength(1);
  });

  it("groups one notification's alerts on a component and resolves them one by one", async () => {
    const alerts = [
      { alertname: "CheckoutErrors", fingerprint: "aa01", labels: { service: "checkout" } },
      { alertname: "CheckoutLatency", fingerprint: "aa02", labels: { service: "checkout" } },
    ];
    await send(hub, "alertmanager", alertmanagerNotification(alerts));
    await send(
      hub,
      "alertmanager",
      alertmanagerNotification([{ ...alerts[0]!, status: "resolved", endsAt: "2026-11-21T22:05:00Z" }, alerts[1]!]),
    );
    const [candidate] = await candidates();
    expect(candidate).toMatchObject({ components: [checkout], firing: 1, total: 2, suggested_severity: "P2" });
  });

  it("names what is wrong with a body that is not version 4", async () => {
    const res = await send(hub, "alertmanager", {
      ...alertmanagerNotification([{ alertname: "X", fingerprint: "x1" }]),
      version: "3",
    });
    expect(res.status).toBe(400);
    expect(res.json.errors?.map((e) => e.path)).toContain("body.version");
    expect((await send(hub, "alertmanager", "{not json")).status).toBe(400);
  });
});

describe("PagerDuty (v3 webhooks)", () => {
  it("maps incident events, ignores events without alert state, and applies a redelivery once", async () => {
    const trigger = pagerDutyEvent({
      eventId: "01TRIG",
      type: "incident.triggered",
      incidentId: "Q0PD1",
      occurredAt: "2026-11-21T21:59:00Z",
    });
    expect((await send(hub, "pagerduty", trigger)).json).toMatchObject({ duplicate: false, signals: 1 });
    expect((await send(hub, "pagerduty", trigger)).json).toMatchObject({ duplicate: true });
    expect(
      (
        await send(
          hub,
          "pagerduty",
          pagerDutyEvent({
            eventId: "01ANN",
            type: "incident.annotated",
            incidentId: "Q0PD1",
            occurredAt: "2026-11-21T21:59:30Z",
          }),
        )
      ).json.signals,
    ).toBe(0);
    await send(
      hub,
      "pagerduty",
      pagerDutyEvent({
        eventId: "01ACK",
        type: "incident.acknowledged",
        incidentId: "Q0PD1",
        occurredAt: "2026-11-21T21:59:40Z",
      }),
    );
    const [candidate] = await candidates();
    expect(candidate).toMatchObject({ components: [checkout], firing: 1, total: 1, suggested_severity: "P2" });
    expect((await signalsOf(candidate.id))[0]).toMatchObject({
      fingerprint: "Q0PD1",
      severity_hint: "critical",
      labels: { service: "Checkout", urgency: "high", team: "Payments" },
    });
    await send(
      hub,
      "pagerduty",
      pagerDutyEvent({
        eventId: "01RES",
        type: "incident.resolved",
        incidentId: "Q0PD1",
        occurredAt: "2026-11-21T22:00:00Z",
      }),
    );
    expect((await candidates())[0].firing).toBe(0);
  });
});

describe("Datadog (Webhooks integration, custom payload)", () => {
  it("maps $ALERT_TRANSITION, $TAGS and $ALERT_PRIORITY, keeps scopes apart, and applies a redelivery once", async () => {
    const at = Date.parse("2026-11-21T21:59:00Z");
    const trig = datadogNotification({ id: "7001", transition: "Triggered", dateMs: at });
    expect((await send(hub, "datadog", trig)).json.duplicate).toBe(false);
    expect((await send(hub, "datadog", trig)).json.duplicate).toBe(true);
    await send(
      hub,
      "datadog",
      datadogNotification({
        id: "7002",
        transition: "Warn",
        scope: "region:us-east-1",
        tags: "env:prod,service:checkout,region:us-east-1",
        priority: "",
        dateMs: at,
      }),
    );
    const [candidate] = await candidates();
    expect(candidate).toMatchObject({ components: [checkout], firing: 2, total: 2 });
    expect(candidate.regions.sort()).toEqual(["eu-west-1", "us-east-1"]);
    const signals = await signalsOf(candidate.id);
    expect(signals.map((s) => [s.fingerprint, s.severity_hint]).sort()).toEqual([
      ["87431265:region:eu-west-1", "critical"],
      ["87431265:region:us-east-1", "warning"],
    ]);
    expect(signals.find((s) => s.fingerprint.endsWith("eu-west-1"))?.title).toBe(
      "Checkout p99 latency above 2s on region:eu-west-1",
    );
    await send(hub, "datadog", datadogNotification({ id: "7003", transition: "Recovered", dateMs: at + 600_000 }));
    expect((await candidates())[0].firing).toBe(1);
  });
});

describe("Sentry (integration webhooks)", () => {
  it("maps metric alerts, issue alerts and issues, and applies a redelivery once", async () => {
    const critical = sentryMetricAlert({ action: "critical", startedAt: "2026-11-21T21:58:00Z" });
    expect((await send(hub, "sentry", critical)).json).toMatchObject({ duplicate: false, signals: 1 });
    expect((await send(hub, "sentry", critical)).json.duplicate).toBe(true);
    await send(hub, "sentry", sentryEventAlert({ issueId: "90001", datetime: "2026-11-21T21:59:00Z" }), {
      resource: "event_alert",
    });
    await send(
      hub,
      "sentry",
      sentryIssue({ action: "assigned", issueId: "90001", firstSeen: "2026-11-21T21:59:00Z" }),
      { resource: "issue" },
    );
    const [candidate] = await candidates();
    expect(candidate).toMatchObject({ components: [checkout], firing: 2, total: 2, sources: ["sentry"] });
    await send(
      hub,
      "sentry",
      sentryIssue({ action: "resolved", issueId: "90001", firstSeen: "2026-11-21T21:59:00Z" }),
      { resource: "issue" },
    );
    await send(
      hub,
      "sentry",
      sentryMetricAlert({ action: "resolved", startedAt: "2026-11-21T21:58:00Z", closedAt: "2026-11-21T22:10:00Z" }),
    );
    expect((await candidates())[0]).toMatchObject({ firing: 0, all_signals_resolved: true });
  });

  it("refuses a resource it does not know with 400", async () => {
    const res = await send(
      hub,
      "sentry",
      sentryIssue({ action: "created", issueId: "1", firstSeen: "2026-11-21T21:59:00Z" }),
      { resource: "installation" },
    );
    expect(res.status).toBe(400);
  });
});

describe("Grafana (unified alerting webhook)", () => {
  it("maps the contact point payload and treats a resend with a new timestamp as the same delivery", async () => {
    const body = grafanaNotification([
      {
        alertname: "CheckoutSLOBurn",
        fingerprint: "c6eadffa33fcdf37",
        labels: { service: "checkout", region: "eu-1" },
      },
      { alertname: "CheckoutErrors", fingerprint: "bc97ff14869b13e3", labels: { service: "checkout" } },
    ]);
    expect((await send(hub, "grafana", body)).json).toMatchObject({ duplicate: false, signals: 2 });
    hub.clock.advance(60_000);
    expect((await send(hub, "grafana", body)).json.duplicate).toBe(true);
    const [candidate] = await candidates();
    expect(candidate).toMatchObject({ components: [checkout], regions: ["eu-1"], firing: 2, sources: ["grafana"] });
  });
});
