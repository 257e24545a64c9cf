import type { ChannelSender } from "#core/delivery/port";

/**
 * An email provider: sends one OutgoingMessage per call, and optionally one message to many recipients (`batch`). Add
 * Postmark, SES, ... beside SendGrid.
 */
export type EmailProvider = ChannelSender & { name: string };
