import type { Notifier, Publication } from "#core/ports/notifier";

/**
 * The first notifier on every hub: it logs each publication, per channel and locale, before the
 * internal channels and the delivery outbox take it. Publications reach it through the outbox.
 */
export const logNotifier: Notifier = {
  async notify(p: Publication) {
    const channels = p.messages.map((m) => `${m.channel}/${m.locale}`);
    console.log(
      JSON.stringify({
        level: "info",
        msg: "publication",
        id: p.id,
        incident: p.incidentId,
        kind: p.kind,
        internal: p.audience.internal,
        channels,
      }),
    );
  },
};

/** Keeps every publication in memory as well as passing it on; tests read `published`. */
export function recordingNotifier(next?: Notifier): Notifier & { published: Publication[] } {
  const published: Publication[] = [];
  return {
    published,
    async notify(p) {
      published.push(p);
      await next?.notify(p);
    },
  };
}
