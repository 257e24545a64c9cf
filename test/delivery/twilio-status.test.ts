import { describe, expect, it } from "vitest";
import { twilioSignature } from "#connectors/notify/twilio/status";
import { withDeliveryHub } from "./support";

const authToken = "secret"; // LIAISON_TWILIO_AUTH_TOKEN in sinkEnv
const t = withDeliveryHub({ LIAISON_TWILIO_STATUS_CALLBACKS: "on", LIAISON_PUBLIC_URL: "https://status.example.com" });

/**
 * Posts a status callback the way Twilio does: form-encoded, signed over the URL it was given and the sorted fields.
 */
async function callback(url: string, fields: Record<string, string>, o: { token?: string; signedUrl?: string } = {}) {
  const params = new URLSearchParams({
    AccountSid: "AC123",
    MessageSid: "SM1f0e8ae6ade43cb3c0ce4525424e404f",
    ...fields,
  });
  const res = await t.hub.app.request(url.replace("https://status.example.com", ""), {
    method: "POST",
    body: params.toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": twilioSignature(o.token ?? authToken, o.signedUrl ?? url, params),
    },
  });
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    json: (await res.json()) as Record<string, unknown>,
  };
}

async function textEnterpriseContacts(...phones: string[]) {
  await t.hub.call("POST", "/api/v1/subscribers/import", {
    contacts: phones.map((phone) => ({ phone, tier: "enterprise" })),
  });
  await t.hub.publish({ severity: "P1" });
  await t.hub.tick();
  return phones.map((p) => t.sink.byRecipient.get(p)![0]!);
}

describe("Twilio status callbacks", () => {
  it("ask Twilio to report each SMS, mark undelivered ones bounced and unsubscribe a number that opted out", async () => {
    const [ok, gone, stopped] = await textEnterpriseContacts("+14155550123", "+14155550124", "+14155550125");
    expect(ok!.headers.StatusCallback).toBe(
      `https://status.example.com/webhooks/twilio/status?d=${encodeURIComponent(ok!.key)}`,
    );
    expect((await callback(ok!.headers.StatusCallback!, { MessageStatus: "delivered" })).json).toMatchObject({
      confirmed: 0,
      bounced: 0,
    });
    expect(
      (await callback(gone!.headers.StatusCallback!, { MessageStatus: "undelivered", ErrorCode: "30005" })).json,
    ).toMatchObject({ bounced: 1 });
    expect(
      (await callback(stopped!.headers.StatusCallback!, { MessageStatus: "failed", ErrorCode: "21610" })).json,
    ).toMatchObject({ bounced: 1, unsubscribed: 1 });
    const progress = (
      await t.hub.call("GET", `/api/v1/publications/${encodeURIComponent(ok!.key.split(":")[0]!)}/progress`)
    ).json;
    expect(progress.channels.sms).toEqual({ sent: 1, bounced: 2 });
    const subscriberId = stopped!.key.slice(stopped!.key.indexOf(":") + 1);
    expect((await t.hub.services.delivery!.store.subscriber(subscriberId))!.status).toBe("unsubscribed");
  });

  it("refuses a forged or unsigned callback with 401 problem+json and changes nothing", async () => {
    const [sms] = await textEnterpriseContacts("+14155550123");
    const forged = await callback(
      sms!.headers.StatusCallback!,
      { MessageStatus: "undelivered" },
      { token: "not-the-token" },
    );
    expect(forged.status).toBe(401);
    expect(forged.type).toContain("application/problem+json");
    // A valid signature for one delivery, replayed against another's key.
    const moved = await callback(
      sms!.headers.StatusCallback!.replace("d=", "d=x"),
      { MessageStatus: "undelivered" },
      { signedUrl: sms!.headers.StatusCallback! },
    );
    expect(moved.status).toBe(401);
    const unsigned = await t.hub.app.request("/webhooks/twilio/status?d=x", {
      method: "POST",
      body: "MessageStatus=failed",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(unsigned.status).toBe(401);
    const progress = (
      await t.hub.call("GET", `/api/v1/publications/${encodeURIComponent(sms!.key.split(":")[0]!)}/progress`)
    ).json;
    expect(progress.channels.sms).toEqual({ sent: 1 });
  });
});
