import type { Notifier, Publication } from "../../../core/ports/notifier";
import type { CommsStore } from "../../../core/ports/comms";
import type { IdGenerator } from "../../../core/shared/ids";

/**
 * The hand-off to delivery: each publication becomes an outbox event (`publication.ready`), which the
 * scheduled work drains to the Queue (Workers) or the in-process handler (Node).
 */
export function outboxNotifier(comms: CommsStore, newId: IdGenerator): Notifier {
  return {
    async notify(p: Publication) {
      await comms.appendEvents([{ id: newId("event"), type: "publication.ready", subjectId: p.incidentId ?? p.id, createdAt: p.createdAt, payload: { publication: p } }]);
    },
  };
}

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
