import { personalize } from "../delivery/outgoing";
import type { ChannelSender, OutgoingMessage, Recipient, SharedMessage } from "../delivery/port";
import { type CapturePort, type CaptureSink, capture, recipientLabel } from "./model";

const record = (m: Pick<OutgoingMessage, "channel" | "subject" | "text">, to: string) => ({
  channel: m.channel,
  action: "send",
  recipient: recipientLabel(to),
  subject: m.subject,
  content: m.text,
});

/**
 * A channel sender that keeps the message in the capture store and reports it sent. It mirrors the
 * real sender's batching, so a drill exercises the same delivery plan as a real incident.
 */
export function capturingSender(
  sink: (publicationId: string) => Promise<CaptureSink>,
  port: CapturePort,
  real?: ChannelSender,
): ChannelSender {
  const sender: ChannelSender = {
    async send(m) {
      await capture(await sink(m.publicationId), [{ port, ...record(m, m.to) }]);
      return { ok: true };
    },
  };
  if (real?.batch)
    sender.batch = {
      max: real.batch.max,
      async send(m: SharedMessage, recipients: Recipient[]) {
        await capture(
          await sink(m.publicationId),
          recipients.map((r) => ({ port, ...record(personalize(m, r), r.to) })),
        );
        return { ok: true };
      },
    };
  return sender;
}
