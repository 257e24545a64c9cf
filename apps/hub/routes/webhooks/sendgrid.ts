import { Hono } from "hono";
import { applyDeliveryFeedback } from "../../../../core/delivery/feedback";
import { SendGridEvents } from "../../../../connectors/notify/sendgrid/api-types";
import { feedbackFromEvents } from "../../../../connectors/notify/sendgrid/mapper";
import { verifySendGridEventSignature } from "../../../../connectors/notify/sendgrid/signature";
import type { HonoEnv } from "../../env";
import { problem, zodProblem } from "../../http/problem";

const maxBodyBytes = 4 * 1024 * 1024;
const refusals = {
  missing: "The request is not signed: turn on Signed Event Webhook in SendGrid (Settings → Mail Settings → Event Webhook).",
  stale: "The signature timestamp is more than 5 minutes from now; replays are refused.",
  forged: "The signature does not verify against LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY.",
};

/** `POST /webhooks/sendgrid`: SendGrid's signed Event Webhook; bounces and complaints feed back into delivery. */
export function sendgridWebhook() {
  const app = new Hono<HonoEnv>();
  app.post("/webhooks/sendgrid", async (c) => {
    const s = c.get("services");
    const key = s.delivery?.sendgridWebhookKey;
    if (!s.delivery || !key) return problem(c, 404, "The SendGrid Event Webhook is off: set LIAISON_SENDGRID_WEBHOOK_PUBLIC_KEY to its verification key.");
    if (Number(c.req.header("content-length") ?? 0) > maxBodyBytes) return problem(c, 413, "An event batch is at most 4 MB.");
    const raw = await c.req.text();
    const verdict = verifySendGridEventSignature({
      key, rawBody: raw, now: s.clock.now(),
      signature: c.req.header("x-twilio-email-event-webhook-signature"), timestamp: c.req.header("x-twilio-email-event-webhook-timestamp"),
    });
    if (!verdict.ok) return problem(c, 401, refusals[verdict.reason], { code: "unauthorized" });
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return problem(c, 400, "The body is not JSON: SendGrid posts a JSON array of events.", { code: "invalid_input" });
    }
    const parsed = SendGridEvents.safeParse(json);
    if (!parsed.success) return zodProblem(c, parsed.error);
    const result = await applyDeliveryFeedback(s.delivery.store, feedbackFromEvents(parsed.data), s.clock.now());
    return c.json({ received: parsed.data.length, ...result }, 200);
  });
  return app;
}
