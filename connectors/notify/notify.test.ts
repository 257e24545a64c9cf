import { createHmac } from "node:crypto";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OutgoingMessage, recipientTags } from "#core/ports/delivery";
import { createSendGridSender } from "./sendgrid";
import { accepted, badRequest, tooMany } from "./sendgrid/fixtures";
import { rejectedPersonalizations } from "./sendgrid/mapper";
import { createTwilioSender } from "./twilio";
import { created, invalidTo } from "./twilio/fixtures";
import { createWebhookSender } from "./webhook";

const seen: { url: string; headers: Headers; body: string }[] = [];
const reply = (f: { status: number; body: string; headers?: Record<string, string> }) =>
  new HttpResponse(f.body, { status: f.status, headers: f.headers });
const server = setupServer(
  http.post("https://api.sendgrid.com/v3/mail/send", async ({ request }) => {
    const body = await request.text();
    seen.push({ url: request.url, headers: request.headers, body });
    const to = (JSON.parse(body).personalizations as { to: { email: string }[] }[]).map((p) => p.to[0]!.email);
    const bad = to.findIndex((t) => t.startsWith("bad"));
    if (bad >= 0)
      return reply({ ...badRequest, body: badRequest.body.replace("personalizations.0.", `personalizations.${bad}.`) });
    return reply(to.some((t) => t.startsWith("busy")) ? tooMany : accepted);
  }),
  http.post("https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json", async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    return reply(form.get("To") === "+14155550123" ? created : invalidTo);
  }),
  http.post("https://hooks.example.com/liaison", async ({ request }) => {
    seen.push({ url: request.url, headers: request.headers, body: await request.text() });
    return new HttpResponse(null, { status: 204 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const message = (to: string): OutgoingMessage => ({
  key: "pub_1:sub_1",
  channel: "email",
  to,
  subject: "Checkout errors",
  text: "We are investigating.",
  html: "<p>We are investigating.</p>",
  unsubscribeUrl: "https://status.example.com/subscriptions/unsubscribe?token=t",
  publicationId: "pub_1",
});

describe("SendGrid v3 mail/send", () => {
  const sender = createSendGridSender({ apiKey: "SG.key", from: { email: "status@example.com" } });
  it("sends one personalization with one-click List-Unsubscribe headers and the delivery key", async () => {
    expect(await sender.send(message("ann@example.com"))).toEqual({ ok: true, providerId: "W1BfAqJxRxWc4J2D8vRz0A" });
    const body = JSON.parse(seen.at(-1)!.body);
    expect(seen.at(-1)!.headers.get("authorization")).toBe("Bearer SG.key");
    expect(body.personalizations[0].headers).toEqual({
      "List-Unsubscribe": "<https://status.example.com/subscriptions/unsubscribe?token=t>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(body.personalizations[0].custom_args.delivery_key).toBe("pub_1:sub_1");
  });
  it("sends one message to many recipients in one call, a personalization and substitutions each", async () => {
    const shared = {
      channel: "email" as const,
      publicationId: "pub_1",
      subject: "Checkout errors",
      text: `See https://status.example.com/r?d=${recipientTags.delivery}\n--\nUnsubscribe: ${recipientTags.unsubscribe}`,
      html: null,
    };
    const recipients = ["ann", "bob", "cy"].map((n) => ({
      key: `pub_1:sub_${n}`,
      to: `${n}@example.com`,
      unsubscribeUrl: `https://status.example.com/subscriptions/unsubscribe?token=${n}`,
    }));
    const calls = seen.length;
    expect((await sender.batch!.send(shared, recipients)).ok).toBe(true);
    expect(seen.length).toBe(calls + 1);
    const body = JSON.parse(seen.at(-1)!.body);
    expect(body.content).toEqual([{ type: "text/plain", value: shared.text }]);
    expect(body.personalizations[1]).toEqual({
      to: [{ email: "bob@example.com" }],
      custom_args: { delivery_key: "pub_1:sub_bob", publication_id: "pub_1" },
      headers: {
        "List-Unsubscribe": "<https://status.example.com/subscriptions/unsubscribe?token=bob>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      substitutions: {
        [recipientTags.delivery]: "pub_1%3Asub_bob",
        [recipientTags.unsubscribe]: "https://status.example.com/subscriptions/unsubscribe?token=bob",
      },
    });
    expect(sender.batch!.max).toBe(1000);
  });
  it("names the personalizations a 400 rejects, so only those recipients fail", async () => {
    const shared = { channel: "email" as const, publicationId: "pub_1", subject: "s", text: "t", html: null };
    const recipients = ["ann", "bad", "cy"].map((n) => ({ key: n, to: `${n}@example.com`, unsubscribeUrl: null }));
    expect(await sender.batch!.send(shared, recipients)).toMatchObject({
      ok: false,
      retry: false,
      status: 400,
      rejected: [1],
    });
    // An error about the message itself (not one recipient) fails the whole batch.
    expect(
      rejectedPersonalizations(
        JSON.stringify({
          errors: [{ field: "from.email", message: "The from address does not match a verified Sender Identity." }],
        }),
      ),
    ).toBeUndefined();
    expect(rejectedPersonalizations("<html>Bad Gateway</html>")).toBeUndefined();
  });
  it("marks a 400 final and a 429 retryable after Retry-After", async () => {
    expect(await sender.send(message("bad@example.com"))).toMatchObject({ ok: false, retry: false, status: 400 });
    expect(await sender.send(message("busy@example.com"))).toMatchObject({
      ok: false,
      retry: true,
      status: 429,
      retryAfterMs: 1000,
    });
  });
});

describe("Twilio Messages API", () => {
  const sender = createTwilioSender({ accountSid: "AC123", authToken: "tw", from: "+14155550100" });
  it("sends a form-encoded message and treats an invalid number as final", async () => {
    expect((await sender.send({ ...message("+14155550123"), channel: "sms" })).ok).toBe(true);
    expect(await sender.send({ ...message("+1415"), channel: "sms" })).toMatchObject({
      ok: false,
      retry: false,
      status: 400,
    });
  });
});

describe("webhook subscribers", () => {
  it("sign HMAC-SHA256 over timestamp.body, as documented", async () => {
    const sender = createWebhookSender({ secret: "whsec-0123456789", now: () => new Date("2026-11-20T10:00:00Z") });
    expect((await sender.send({ ...message("https://hooks.example.com/liaison"), channel: "webhook" })).ok).toBe(true);
    const { headers, body } = seen.at(-1)!;
    expect(headers.get("liaison-timestamp")).toBe("1795168800");
    const expected = createHmac("sha256", "whsec-0123456789").update(`1795168800.${body}`).digest("hex");
    expect(headers.get("liaison-signature")).toBe(`v1=${expected}`);
    expect(headers.get("liaison-delivery")).toBe("pub_1:sub_1");
  });
});
