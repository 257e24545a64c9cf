import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { datadogNotification } from "#connectors/monitoring/datadog/fixtures";
import { grafanaNotification } from "#connectors/monitoring/grafana/fixtures";
import { pagerDutyEvent } from "#connectors/monitoring/pagerduty/fixtures";
import { sentryMetricAlert } from "#connectors/monitoring/sentry/fixtures";
import { createTestHub, type TestHub } from "../support/hub";
import { monitoringConfig, post, secrets, signedHeaders, webHmacHex } from "./support";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-21T22:00:00Z"), monitoring: monitoringConfig });
});
afterEach(() => hub.close());

const bodies = {
  alertmanager: () => JSON.stringify(alertmanagerNotification([{ alertname: "CheckoutDown", fingerprint: "f00d" }])),
  pagerduty: () =>
    JSON.stringify(
      pagerDutyEvent({ eventId: "01SEC", type: "incident.triggered", occurredAt: "2026-11-21T21:59:00Z" }),
    ),
  datadog: () =>
    JSON.stringify(
      datadogNotification({
        id: "7218826316442405913",
        transition: "Triggered",
        dateMs: Date.parse("2026-11-21T21:59:00Z"),
      }),
    ),
  sentry: () => JSON.stringify(sentryMetricAlert({ action: "critical", startedAt: "2026-11-21T21:58:00Z" })),
  grafana: () => JSON.stringify(grafanaNotification([{ alertname: "CheckoutSLOBurn", fingerprint: "beef" }])),
};
type Source = keyof typeof bodies;
const sources = Object.keys(bodies) as Source[];

/** Each way a request can fail to authenticate, with the headers that cause it. */
const refusals: Record<Source, [string, (raw: string) => Record<string, string> | Promise<Record<string, string>>][]> =
  {
    alertmanager: [
      ["missing", () => ({})],
      ["forged", () => ({ authorization: "Bearer not-the-token-0123456789" })],
      [
        "forged",
        () => ({
          authorization: `Basic ${Buffer.from(`${secrets.alertmanagerUser}:wrong-password`).toString("base64")}`,
        }),
      ],
    ],
    pagerduty: [
      ["missing", () => ({})],
      ["missing", () => ({ "x-pagerduty-signature": "v0=abc" })],
      [
        "forged",
        async (raw) => ({ "x-pagerduty-signature": `v1=${await webHmacHex("another-secret-0123456789", raw)}` }),
      ],
    ],
    datadog: [
      ["missing", () => ({})],
      ["forged", () => ({ "x-liaison-webhook-secret": "wrong-shared-secret-0123" })],
    ],
    sentry: [
      ["missing", () => ({ "sentry-hook-resource": "metric_alert" })],
      [
        "forged",
        async (raw) => ({
          ...(await signedHeaders.sentry(hub, raw)),
          "sentry-hook-signature": await webHmacHex("another-secret-0123456789", raw),
        }),
      ],
      ["stale", (raw) => signedHeaders.sentry(hub, raw, { offsetSeconds: -600 })],
    ],
    grafana: [
      ["missing", async (raw) => ({ "x-grafana-alerting-signature": await webHmacHex(secrets.grafana, raw) })],
      [
        "forged",
        async (raw) => ({
          ...(await signedHeaders.grafana(hub, raw)),
          "x-grafana-alerting-signature": await webHmacHex(secrets.grafana, raw),
        }),
      ],
      ["stale", (raw) => signedHeaders.grafana(hub, raw, { offsetSeconds: -301 })],
    ],
  };

describe.each(sources)("POST /webhooks/%s security", (source) => {
  it("refuses unauthenticated, forged and stale requests with 401 problem+json and stores nothing", async () => {
    const raw = bodies[source]();
    for (const [reason, headers] of refusals[source]) {
      const res = await post(hub, source, raw, await headers(raw));
      expect(res.status, `${source} ${reason}`).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.json.requestId).toMatch(/^req_/);
      for (const s of Object.values(secrets).filter((x) => x.length >= 16)) expect(res.text).not.toContain(s);
    }
    expect((await hub.call("GET", "/api/v1/candidates")).json.candidates).toEqual([]);
  });

  it("refuses a body changed after signing", async () => {
    const raw = bodies[source]();
    const headers = await (signedHeaders[source] as (h: TestHub, r: string) => Promise<Record<string, string>>)(
      hub,
      raw,
    );
    const tampered = raw.replace("Checkout", "Checkuot");
    const res = await post(hub, source, tampered, headers);
    expect(res.status).toBe(source === "alertmanager" || source === "datadog" ? 202 : 401); // bearer and shared-secret sources sign nothing
  });

  it("answers 413 to a body over 1 MB, before reading it as JSON", async () => {
    const raw = JSON.stringify({ pad: "x".repeat(1024 * 1024) });
    const res = await post(
      hub,
      source,
      raw,
      await (signedHeaders[source] as (h: TestHub, r: string) => Promise<Record<string, string>>)(hub, raw),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("monitoring webhooks without configuration", () => {
  it("answer 404 naming the setting, for every source", async () => {
    const bare = await createTestHub();
    try {
      for (const source of sources) {
        const res = await post(bare, source, bodies[source](), {});
        expect(res.status).toBe(404);
        expect(res.json.detail).toMatch(/_SECRET|_TOKEN|_SECRETS/);
      }
    } finally {
      bare.close();
    }
  });
});

describe("PagerDuty signature rotation and event age", () => {
  it("accepts a request carrying several signatures when one matches, and refuses an event older than 24 h", async () => {
    const raw = bodies.pagerduty();
    const rotating = await post(hub, "pagerduty", raw, {
      "x-pagerduty-signature": `v1=${await webHmacHex(secrets.pagerdutyOld, raw)}, v1=${await webHmacHex(secrets.pagerduty, raw)}`,
    });
    expect(rotating.status).toBe(202);
    const old = JSON.stringify(
      pagerDutyEvent({ eventId: "01OLD", type: "incident.triggered", occurredAt: "2026-11-20T21:00:00Z" }),
    );
    const stale = await post(hub, "pagerduty", old, await signedHeaders.pagerduty(hub, old));
    expect(stale.status).toBe(401);
    expect(stale.json.detail).toContain("24 hours");
  });
});
