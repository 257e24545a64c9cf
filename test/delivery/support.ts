import { resolve } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { createApp } from "#apps/hub/app";
import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import { createServices } from "#apps/hub/services";
import { openSqlite } from "#apps/hub/storage/sqlite";
import { deliveryOptions } from "#apps/hub/wiring/delivery";
import { hashToken } from "#core/auth/tokens";
import { fixedClock } from "#core/shared/clock";
import { adminToken } from "../support/hub";
import { type Sink, startSink } from "./sink";

export const deliverySecret = "test-delivery-secret-0123456789";

/** Provider settings pointing SendGrid and Twilio at a sink. */
export const sinkEnv = (sinkUrl: string) => ({
  LIAISON_DELIVERY_SECRET: deliverySecret,
  LIAISON_EMAIL_FROM: "status@example.com",
  LIAISON_SENDGRID_API_KEY: "SG.test",
  LIAISON_SENDGRID_URL: sinkUrl,
  LIAISON_TWILIO_ACCOUNT_SID: "AC123",
  LIAISON_TWILIO_AUTH_TOKEN: "secret",
  LIAISON_TWILIO_FROM: "+14155550100",
  LIAISON_TWILIO_URL: sinkUrl,
});

/** An in-memory hub with delivery wired to a sink, and helpers to publish and drain. */
export async function createDeliveryHub(sinkUrl: string, env: Record<string, string> = {}) {
  const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
  const { db, runBatch, close } = openSqlite(":memory:", resolve(import.meta.dirname, "../../migrations"));
  const services = createServices({
    db,
    runBatch,
    clock,
    page: { id: "liaison", name: "Acme status", url: "https://status.example.com", timeZone: "Etc/UTC" },
    adminTokenHash: await hashToken(adminToken),
    delivery: deliveryOptions({ ...sinkEnv(sinkUrl), LIAISON_DELIVERY_LEASE_MS: "1000", ...env })!,
  });
  const app = createApp(services);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
  };
  const tick = () => runScheduledWork(services, (events) => handleEvents(events, services));
  /**
   * Declares an incident on the status page only (a P4 notice reaches no subscriber), raises it to
   * its severity, drafts, overrides sign-off and publishes: one publication for subscribers.
   */
  const publish = async (incident: Record<string, unknown>, draftBody: Record<string, unknown> = {}) => {
    const { severity = "P2", ...rest } = incident;
    const inc = (
      await call("POST", "/api/v1/incidents", {
        title: "Checkout errors",
        message: "We are investigating failed checkouts.",
        ...rest,
        severity: "P4",
      })
    ).json;
    await call("PATCH", `/api/v1/incidents/${inc.id}`, { severity });
    const draft = (await call("POST", `/api/v1/incidents/${inc.id}/drafts`, draftBody)).json;
    await call("POST", `/api/v1/drafts/${draft.id}/submit`);
    await call("POST", `/api/v1/drafts/${draft.id}/override`, { reason: "test" });
    const res = await call("POST", `/api/v1/drafts/${draft.id}/publish`, {});
    if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${res.text}`);
    return inc;
  };
  return { app, services, clock, call, tick, publish, close, db };
}

export type DeliveryHub = Awaited<ReturnType<typeof createDeliveryHub>>;

/** A fresh sink and a hub wired to it around every test of the file; read both from the returned object. */
export function withDeliveryHub(env: Record<string, string> = {}) {
  const t = {} as { sink: Sink; hub: DeliveryHub };
  beforeEach(async () => {
    t.sink = await startSink();
    t.hub = await createDeliveryHub(t.sink.url, env);
  });
  afterEach(async () => {
    t.hub.close();
    await t.sink.close();
  });
  return t;
}
