import type { ChannelSender } from "../ports/delivery";
import type { Notifier, Publication } from "../ports/notifier";
import type { Clock } from "../shared/clock";

export const internalChannels = ["slack", "teams", "email"] as const;
export type InternalChannel = (typeof internalChannels)[number];

/** Where the team hears about reminders, overruns and unexplained surges. */
export interface InternalTarget {
  channel: InternalChannel;
  to: string;
}

/** Remembers which alert reached which target, so a redelivered event is not announced twice. */
export interface AlertLedger {
  /** True when the key is new and now claimed; false when it was claimed before. */
  claim(key: string, at: Date): Promise<boolean>;
  settle(key: string, outcome: "sent" | "failed"): Promise<void>;
}

export interface InternalAlertDeps {
  targets: readonly InternalTarget[];
  senders: Partial<Record<InternalChannel, ChannelSender>>;
  ledger: AlertLedger;
  /** The console's base URL; an incident's alert links to its room there. */
  consoleUrl: string;
  clock: Clock;
  log?: (entry: Record<string, unknown>) => void;
}

const labels: Record<string, string> = {
  reminder: "Update reminder",
  "maintenance.overrun": "Maintenance overrun",
  "maintenance.overrun_warning": "Maintenance ending soon",
  unexplained_surge: "Unexplained ticket surge",
};

const targetName = (t: InternalTarget) => (t.channel === "email" ? t.to : t.channel);

/** Sends each internal publication once to every configured target; customer publications pass by. */
export function internalAlertNotifier(deps: InternalAlertDeps): Notifier {
  const log = deps.log ?? ((e) => console.log(JSON.stringify(e)));
  return {
    async notify(p: Publication) {
      if (!p.audience.internal) return;
      const link = p.incidentId ? `${deps.consoleUrl}/incidents/${encodeURIComponent(p.incidentId)}` : deps.consoleUrl;
      const subject = `[Liaison] ${labels[p.kind] ?? p.kind}`;
      const text = `${p.messages.map((m) => m.text).join("\n")}\n\nOpen in the console: ${link}`;
      for (const [index, target] of deps.targets.entries()) {
        const sender = deps.senders[target.channel];
        if (!sender) continue;
        const key = `${p.id}:${index}`;
        if (!(await deps.ledger.claim(key, deps.clock.now()))) continue;
        const message = { key, channel: target.channel, to: target.to, subject, text, html: null };
        let result = await sender.send({ ...message, unsubscribeUrl: null, publicationId: p.id });
        if (!result.ok && result.retry)
          result = await sender.send({ ...message, unsubscribeUrl: null, publicationId: p.id });
        await deps.ledger.settle(key, result.ok ? "sent" : "failed");
        // Webhook URLs are secrets: the log names the channel, never the address.
        if (!result.ok)
          log({
            level: "error",
            msg: "internal alert failed",
            alert: p.id,
            target: targetName(target),
            error: result.error,
          });
      }
    },
  };
}
