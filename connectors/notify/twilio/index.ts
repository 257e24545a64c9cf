import type { ChannelSender } from "#core/ports/delivery";
import { type Fetch, post } from "../http";
import { statusCallbackUrl } from "./status";

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  from: string;
  /** Defaults to https://api.twilio.com; tests point it at a sink. */
  baseUrl?: string;
  /** The hub's public URL: when set, Twilio reports each message's fate to its status callback. */
  statusCallbackBase?: string;
  fetch?: Fetch;
}

/** SMS through the Twilio Messages API (form-encoded, basic auth), over fetch. */
export function createTwilioSender(c: TwilioConfig): ChannelSender {
  const url = `${(c.baseUrl ?? "https://api.twilio.com").replace(/\/$/, "")}/2010-04-01/Accounts/${encodeURIComponent(c.accountSid)}/Messages.json`;
  const auth = `Basic ${btoa(`${c.accountSid}:${c.authToken}`)}`;
  // Resolved per call, so a fetch patched later (msw, instrumentation) is used.
  const fetchFn = c.fetch;
  return {
    send: (m) =>
      post(fetchFn, url, {
        // Twilio has no idempotency key; the header lets a sink (or a proxy) dedupe.
        headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded", "idempotency-key": m.key },
        body: new URLSearchParams({
          To: m.to,
          From: c.from,
          Body: m.text,
          ...(c.statusCallbackBase ? { StatusCallback: statusCallbackUrl(c.statusCallbackBase, m.key) } : {}),
        }).toString(),
      }),
  };
}
