import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { limitBody } from "#apps/hub/http/body-limit";
import { kickAfterResponse } from "#apps/hub/http/kick";
import { problem } from "#apps/hub/http/problem";
import { parseWebhookJson } from "#apps/hub/http/webhook-body";
import { ZendeskWebhookBody } from "#connectors/zendesk/api-types";
import { eventFromWebhook, webhookDedupeKey } from "#connectors/zendesk/mapper";
import { verifyZendeskSignature } from "#connectors/zendesk/signature";
import { acceptTicketEvent } from "#core/helpdesk/intake";

const maxBodyBytes = 256 * 1024;
const refusals = {
  missing:
    "The request is not signed: Zendesk sends X-Zendesk-Webhook-Signature and X-Zendesk-Webhook-Signature-Timestamp.",
  stale: "The signature timestamp is more than 5 minutes from now; replays are refused.",
  forged: "The signature does not match this webhook's signing secret.",
};

/** `POST /webhooks/zendesk`: verify, store as an outbox event (once per delivery), answer 202. */
export function zendeskWebhook() {
  const app = new Hono<HonoEnv>();
  app.post("/webhooks/zendesk", limitBody(maxBodyBytes, "A ticket webhook body is at most 256 kB."), async (c) => {
    const s = c.get("services");
    const secret = s.helpdesk.webhookSecret;
    if (!secret)
      return problem(c, 404, "The Zendesk webhook is off: set ZENDESK_WEBHOOK_SECRET to its signing secret.");
    const raw = await c.req.text();
    const verdict = await verifyZendeskSignature({
      secret,
      rawBody: raw,
      now: s.clock.now(),
      signature: c.req.header("x-zendesk-webhook-signature"),
      timestamp: c.req.header("x-zendesk-webhook-signature-timestamp"),
    });
    if (!verdict.ok) return problem(c, 401, refusals[verdict.reason], { code: "unauthorized" });
    const parsed = parseWebhookJson(
      c,
      raw,
      ZendeskWebhookBody,
      "The body is not JSON. Use the JSON body from the Liaison README in the Zendesk trigger.",
    );
    if ("response" in parsed) return parsed.response;
    const event = eventFromWebhook(parsed.data, s.helpdesk.liaisonEmail);
    const result = await acceptTicketEvent({ store: s.helpdesk.store, clock: s.clock }, event, webhookDedupeKey(raw));
    kickAfterResponse(c);
    return c.json({ accepted: true, duplicate: result.duplicate, ticketId: event.ticket.id }, 202);
  });
  return app;
}
