import type { ChannelSender } from "#core/ports/delivery";
import { type Fetch, post } from "../http";

/** Microsoft Teams incoming webhooks: a MessageCard with title and text. */
export function createTeamsSender(c: { fetch?: Fetch } = {}): ChannelSender {
  // Resolved per call, so a fetch patched later (msw, instrumentation) is used.
  const fetchFn = c.fetch;
  return {
    send: (m) =>
      post(fetchFn, m.to, {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          "@type": "MessageCard",
          "@context": "https://schema.org/extensions",
          summary: m.subject ?? "Status update",
          title: m.subject ?? undefined,
          text: m.text,
        }),
      }),
  };
}
