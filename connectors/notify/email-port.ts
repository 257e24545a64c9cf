import type { ChannelSender } from "../../core/delivery/port";

/** An email provider: anything that can send one OutgoingMessage per call. Add Postmark, SES, ... beside SendGrid. */
export type EmailProvider = ChannelSender & { name: string };
