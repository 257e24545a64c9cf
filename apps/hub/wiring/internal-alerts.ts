import { z } from "zod";
import { createSlackSender } from "#connectors/notify/slack/index";
import { createTeamsSender } from "#connectors/notify/teams/index";
import type { AlertLedger, InternalTarget } from "#core/internal-alerts/notifier";
import type { ChannelSender } from "#core/ports/delivery";
import type { IdempotencyStore } from "../storage/idempotency-store";
import { parseEnv, type RawEnv } from "./env";

/** The settings this part owns; webhook URLs are secrets (Worker secrets on Workers). */
export const InternalAlertEnv = z.object({
  LIAISON_INTERNAL_SLACK_WEBHOOK: z.url().optional(),
  LIAISON_INTERNAL_TEAMS_WEBHOOK: z.url().optional(),
  /** Comma-separated addresses; sent through the email provider delivery uses (SendGrid). */
  LIAISON_INTERNAL_EMAIL: z
    .string()
    .optional()
    .transform((s) =>
      (s ?? "")
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.email())),
});

export interface InternalAlertOptions {
  targets: InternalTarget[];
  senders: { slack: ChannelSender; teams: ChannelSender; email?: ChannelSender };
}

/** Null when no internal channel is configured: reminders then only reach the log and GET /reminders. */
export function internalAlertOptions(env: RawEnv, email?: ChannelSender): InternalAlertOptions | null {
  const c = parseEnv("internal alert", InternalAlertEnv, env);
  const targets: InternalTarget[] = [];
  if (c.LIAISON_INTERNAL_SLACK_WEBHOOK) targets.push({ channel: "slack", to: c.LIAISON_INTERNAL_SLACK_WEBHOOK });
  if (c.LIAISON_INTERNAL_TEAMS_WEBHOOK) targets.push({ channel: "teams", to: c.LIAISON_INTERNAL_TEAMS_WEBHOOK });
  if (c.LIAISON_INTERNAL_EMAIL.length && !email)
    throw new Error(
      "LIAISON_INTERNAL_EMAIL needs delivery's email provider: LIAISON_DELIVERY_SECRET, LIAISON_SENDGRID_API_KEY and LIAISON_EMAIL_FROM.",
    );
  for (const to of c.LIAISON_INTERNAL_EMAIL) targets.push({ channel: "email", to });
  if (!targets.length) return null;
  return { targets, senders: { slack: createSlackSender(), teams: createTeamsSender(), email } };
}

const scope = "internal-alert";

/** The ledger lives in the idempotency table: a claim is one insert, and keys expire with the others. */
export const idempotencyLedger = (store: IdempotencyStore): AlertLedger => ({
  claim: async (key, at) => (await store.claim(scope, key, "", at)).state === "new",
  settle: (key, outcome) => store.complete(scope, key, outcome === "sent" ? 200 : 502, outcome),
});
