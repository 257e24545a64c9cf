import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDeliveryHub, withDeliveryHub } from "./support";

const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const publicKeyBase64 = publicKey.export({ format: "der", type: "spki" }).toString("base64");
const forger = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;

const t = withDeliveryHub({ LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY: publicKeyBase64 });

const nowSeconds = () => String(Math.floor(t.hub.clock.now().getTime() / 1000));

/** Posts events signed as SendGrid does: base64 DER ECDSA over timestamp + raw body. */
async function postEvents(
  events: unknown[],
  o: { timestamp?: string; key?: typeof privateKey; unsigned?: boolean } = {},
) {
  const body = JSON.stringify(events);
  const timestamp = o.timestamp ?? nowSeconds();
  const signature = sign("sha256", Buffer.from(timestamp + body), {
    key: o.key ?? privateKey,
    dsaEncoding: "der",
  }).toString("base64");
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (!o.unsigned)
    Object.assign(headers, {
      "x-twilio-email-event-webhook-signature": signature,
      "x-twilio-email-event-webhook-timestamp": timestamp,
    });
  const res = await t.hub.app.request("/webhooks/sendgrid", { method: "POST", headers, body });
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    json: (await res.json()) as Record<string, unknown>,
  };
}

const event = (type: string, email: string, deliveryKey: string, extra: Record<string, unknown> = {}) => ({
  email,
  timestamp: Math.floor(t.hub.clock.now().getTime() / 1000),
  event: type,
  sg_event_id: `evt-${type}-${email}`,
  sg_message_id: "W1BfAqJxRxWc4J2D8vRz0A.filter0001",
  delivery_key: deliveryKey,
  publication_id: deliveryKey.split(":")[0],
  ...extra,
});

async function deliverTo(...emails: string[]) {
  for (const address of emails) await t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address });
  await t.hub.publish({});
  await t.hub.tick();
  return emails.map((e) => t.sink.byRecipient.get(e)![0]!.key);
}

const progressOf = async (deliveryKey: string) =>
  (await t.hub.call("GET", `/api/v1/publications/${encodeURIComponent(deliveryKey.split(":")[0]!)}/progress`)).json;

describe("SendGrid Event Webhook", () => {
  it("marks a bounced delivery bounced, shows it in progress, and shrugs off a repeat", async () => {
    const [bounceKey, okKey] = await deliverTo("gone@example.com", "fine@example.com");
    const events = [
      event("processed", "gone@example.com", bounceKey!),
      event("delivered", "fine@example.com", okKey!),
      event("bounce", "gone@example.com", bounceKey!, {
        reason: "550 5.1.1 The email account that you tried to reach does not exist",
        type: "bounce",
      }),
    ];
    const first = await postEvents(events);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ received: 3, bounced: 1 });
    expect((await progressOf(bounceKey!)).channels.email).toEqual({ bounced: 1, sent: 1 });
    const repeat = await postEvents(events);
    expect(repeat.json).toMatchObject({ bounced: 0, ignored: 1 });
    expect((await progressOf(bounceKey!)).channels.email).toEqual({ bounced: 1, sent: 1 });
  });

  it("marks a still-queued delivery sent when SendGrid reports it processed, so its retry sends nothing", async () => {
    t.sink.setFailRate(1);
    await t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "ann@example.com" });
    await t.hub.publish({});
    await t.hub.tick();
    const [row] = await t.hub.db.all<{ id: string; status: string }>(`select id, status from deliveries` as never);
    expect(row!.status).toBe("queued");
    // The call answered 500, yet SendGrid had taken the batch: its Event Webhook says so.
    const res = await postEvents([
      event("processed", "ann@example.com", row!.id),
      event("delivered", "ann@example.com", row!.id),
    ]);
    expect(res.json).toMatchObject({ received: 2, confirmed: 1, ignored: 0 });
    expect((await progressOf(row!.id)).channels.email).toEqual({ sent: 1 });
    t.sink.setFailRate(0);
    const calls = t.sink.stats().mailCalls;
    t.hub.clock.advance(3_600_000);
    await t.hub.tick();
    expect(t.sink.stats().mailCalls).toBe(calls);
    expect((await postEvents([event("processed", "ann@example.com", row!.id)])).json).toMatchObject({ confirmed: 0 });
  });

  it("refuses forged, stale and unsigned batches with 401 problem+json and changes nothing", async () => {
    const [key] = await deliverTo("gone@example.com");
    const bounce = [event("dropped", "gone@example.com", key!, { reason: "Bounced Address" })];
    const stale = String(Number(nowSeconds()) - 301);
    for (const res of [
      await postEvents(bounce, { key: forger }),
      await postEvents(bounce, { timestamp: stale }),
      await postEvents(bounce, { unsigned: true }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.type).toContain("application/problem+json");
      expect(res.json.code).toBe("unauthorized");
    }
    expect((await progressOf(key!)).channels.email).toEqual({ sent: 1 });
    expect((await postEvents(bounce)).json).toMatchObject({ bounced: 1 });
  });

  it("unsubscribes on a spam report, so the next publication skips that subscriber", async () => {
    const [key] = await deliverTo("annoyed@example.com");
    expect((await postEvents([event("spamreport", "annoyed@example.com", key!)])).json).toMatchObject({
      unsubscribed: 1,
    });
    const subscriberId = key!.slice(key!.indexOf(":") + 1);
    expect((await t.hub.services.delivery!.store.subscriber(subscriberId))!.status).toBe("unsubscribed");
    await t.hub.publish({ title: "Second incident" });
    await t.hub.tick();
    expect(t.sink.byRecipient.get("annoyed@example.com")).toHaveLength(1);
  });

  it("answers 404 when no verification key is configured", async () => {
    const bare = await createDeliveryHub(t.sink.url);
    const res = await bare.app.request("/webhooks/sendgrid", { method: "POST", body: "[]" });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    bare.close();
  });
});
