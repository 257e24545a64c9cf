import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { limitBody } from "#apps/hub/http/body-limit";
import { problem } from "#apps/hub/http/problem";
import { parseWebhookJson } from "#apps/hub/http/webhook-body";
import { SendGridEvents } from "#connectors/notify/sendgrid/api-types";
import { feedbackFromEvents } from "#connectors/notify/sendgrid/mapper";
import { verifySendGridEventSignature } from "#connectors/notify/sendgrid/signature";
import { applyDeliveryFeedback } from "#core/delivery/feedback";

const maxBodyBytes = 4 * 1024 * 1024;
const refusals = {
  missing:
    "The request is not signed: turn on Signed Event Webhook in SendGrid (Settings → Mail Settings → Event Webhook).",
  stale: "The signature timestamp is more than 5 minutes from now; replays are refused.",
  forged: "The signature does not verify against LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY.",
};

/** `POST /webhooks/sendgrid`: SendGrid's signed Event Webhook; bounces and complaints feed back into delivery. */
export function sendgridWebhook() {
  const app = new Hono<HonoEnv>();
  app.post("/webhooks/sendgrid", limitBody(maxBodyBytes, "An event batch is at most 4 MB."), async (c) => {
    const s = c.get("services");
    const key = s.delivery?.sendgridWebhookKey;
    if (!s.delivery || !key)
      return problem(
        c,
        404,
        "The SendGrid Event Webhook is off: set LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY to its verification key.",
      );
    const raw = await c.req.text();
    const verdict = verifySendGridEventSignature({
      key,
      rawBody: raw,
      now: s.clock.now(),
      signature: c.req.header("x-twilio-email-event-webhook-signature"),
      timestamp: c.req.header("x-twilio-email-event-webhook-timestamp"),
    });
    if (!verdict.ok) return problem(c, 401, refusals[verdict.reason], { code: "unauthorized" });
    const parsed = parseWebhookJson(
      c,
      raw,
      SendGridEvents,
      "The body is not JSON: SendGrid posts a JSON array of events.",
    );
    if ("response" in parsed) return parsed.response;
    const result = await applyDeliveryFeedback(s.delivery.store, feedbackFromEvents(parsed.data), s.clock.now());
    return c.json({ received: parsed.data.length, ...result }, 200);
  });
  return app;
}
