import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { pagerDutyEvent } from "#connectors/monitoring/pagerduty/fixtures";
import { call } from "./support";

const base = "https://status.example.com";
const pdSecret = "workers-pagerduty-secret-0123";

/** Signed with Web Crypto, independently of the node:crypto code under test. */
async function hmacHex(secret: string, message: string) {
  const e = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", e.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return [...new Uint8Array(await crypto.subtle.sign("HMAC", key, e.encode(message)))]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

async function pagerDuty(body: unknown, secret = pdSecret) {
  const raw = JSON.stringify(body);
  const signature = `v1=${await hmacHex(secret, raw)}`;
  return exports.default.fetch(
    new Request(`${base}/webhooks/pagerduty`, {
      method: "POST",
      body: raw,
      headers: { "content-type": "application/json", "x-pagerduty-signature": signature },
    }),
  );
}
describe("monitoring intake in workerd on D1", () => {
  it("takes a signed PagerDuty event once, refuses a forged one, confirms, and prompts when it resolves", async () => {
    const component = await call("POST", "/api/v1/components", { name: "Checkout" });
    expect(component.status).toBe(201);
    const now = new Date();
    const trigger = pagerDutyEvent({
      eventId: `01W${now.getTime()}`,
      type: "incident.triggered",
      incidentId: "QWORKERD1",
      occurredAt: now.toISOString(),
    });
    const first = await pagerDuty(trigger);
    expect(first.status).toBe(202);
    expect(await first.json()).toMatchObject({ duplicate: false, signals: 1 });
    expect(await (await pagerDuty(trigger)).json()).toMatchObject({ duplicate: true });
    const forged = await pagerDuty(trigger, "someone-elses-secret-0123456");
    expect(forged.status).toBe(401);
    expect(forged.headers.get("content-type")).toContain("application/problem+json");

    const unsigned = await exports.default.fetch(
      new Request(`${base}/webhooks/alertmanager`, {
        method: "POST",
        body: JSON.stringify(alertmanagerNotification([{ alertname: "X", fingerprint: "x" }])),
      }),
    );
    expect(unsigned.status).toBe(401);

    const [candidate] = (await call("GET", "/api/v1/candidates?status=open")).json.candidates.filter((c) =>
      c.sources.includes("pagerduty"),
    );
    expect(candidate).toMatchObject({ components: [component.json.id], firing: 1 });
    const confirmed = await call("POST", `/api/v1/candidates/${candidate.id}/confirm`, {
      message: "Some customers cannot check out.",
    });
    expect(confirmed.status).toBe(201);
    expect((await call("GET", `/api/v1/incidents/${confirmed.json.incident_id}`)).json.updates).toHaveLength(1);

    const resolve = pagerDutyEvent({
      eventId: `01R${now.getTime()}`,
      type: "incident.resolved",
      incidentId: "QWORKERD1",
      occurredAt: new Date().toISOString(),
    });
    expect((await pagerDuty(resolve)).status).toBe(202);
    const alerts = (await call("GET", `/api/v1/incidents/${confirmed.json.incident_id}/alerts`)).json;
    expect(alerts.candidate?.all_signals_resolved).toBe(true);
    const reminders = (await call("GET", `/api/v1/reminders?incident_id=${confirmed.json.incident_id}`)).json.reminders;
    expect(reminders.map((r) => r.kind)).toEqual(["signals_resolved"]);
  });
});
