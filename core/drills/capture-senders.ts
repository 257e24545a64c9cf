import type { ChannelSender } from "../ports/delivery";
import { type CapturePort, type CaptureSink, capture, recipientLabel } from "./model";

/** A channel sender that keeps each message in the capture store and reports it sent. */
export function capturingSender(sink: () => Promise<CaptureSink>, port: CapturePort): ChannelSender {
  return {
    async send(m) {
      await capture(await sink(), [
        {
          port,
          channel: m.channel,
          action: "send",
          recipient: recipientLabel(m.to),
          subject: m.subject,
          content: m.text,
        },
      ]);
      return { ok: true };
    },
  };
}
