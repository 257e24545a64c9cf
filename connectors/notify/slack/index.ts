import type { ChannelSender } from "#core/ports/delivery";
import { type Fetch, post } from "../http";

/** Slack incoming webhooks: `{ text }` with mrkdwn; the subscriber's address is the webhook URL. */
export function createSlackSender(c: { fetch?: Fetch } = {}): ChannelSender {
  // Resolved per call, so a fetch patched later (msw, instrumentation) is used.
  const fetchFn = c.fetch;
  return {
    send: (m) =>
      post(fetchFn, m.to, {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: m.subject ? `*${m.subject}*\n${m.text}` : m.text }),
      }),
  };
}
