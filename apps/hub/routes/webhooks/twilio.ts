import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { limitBody } from "#apps/hub/http/body-limit";
import { problem } from "#apps/hub/http/problem";
import { feedbackFromStatus, statusCallbackPath, verifyTwilioSignature } from "#connectors/notify/twilio/status";
import { applyDeliveryFeedback } from "#core/delivery/feedback";

const maxBodyBytes = 64 * 1024;

/** `POST /webhooks/twilio/status?d=<delivery>`: Twilio's signed message status callback. */
export function twilioWebhook() {
  const app = new Hono<HonoEnv>();
  app.post(statusCallbackPath, limitBody(maxBodyBytes, "A status callback is at most 64 kB."), async (c) => {
    const s = c.get("services");
    const status = s.delivery?.twilioStatus;
    if (!s.delivery || !status)
      return problem(
        c,
        404,
        "Twilio status callbacks are off: set LIAISON_TWILIO_STATUS_CALLBACKS=on and LIAISON_PUBLIC_URL.",
      );
    const params = new URLSearchParams(await c.req.text());
    // Twilio signs the URL it was given, so rebuild it from the public URL rather than trust the Host a proxy passed
    // on.
    const url = `${status.hubUrl}${statusCallbackPath}${new URL(c.req.url).search}`;
    if (
      !verifyTwilioSignature({
        authToken: status.authToken,
        url,
        params,
        signature: c.req.header("x-twilio-signature"),
      })
    ) {
      return problem(
        c,
        401,
        "The X-Twilio-Signature does not verify for this URL and body with LIAISON_TWILIO_AUTH_TOKEN.",
        { code: "unauthorized" },
      );
    }
    const deliveryKey = c.req.query("d");
    if (!deliveryKey) return problem(c, 400, "The callback URL lacks its delivery key (d).", { code: "invalid_input" });
    const result = await applyDeliveryFeedback(
      s.delivery.store,
      feedbackFromStatus(deliveryKey, params, s.clock.now()),
      s.clock.now(),
    );
    return c.json(result, 200);
  });
  return app;
}
