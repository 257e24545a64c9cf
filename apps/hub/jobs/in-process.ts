import type { Services } from "../services";
import { type EventSink, runKickedWork, runScheduledWork } from "./scheduled";

type Kind = "tick" | "kick";

/**
 * Node's scheduler, doing what Cron and a kick's waitUntil do on Workers: the scheduled work on a
 * timer and the kicked work on demand. Runs go one at a time in one process, after the current
 * response is sent; asking again while a run of the same kind waits adds nothing.
 */
export function inProcessRunner(services: Services, sink: EventSink) {
  let chain: Promise<void> = Promise.resolve();
  const waiting: Record<Kind, boolean> = { tick: false, kick: false };
  const enqueue = (kind: Kind, work: () => Promise<unknown>) => {
    if (waiting[kind]) return chain;
    waiting[kind] = true;
    chain = chain
      .then(() => new Promise<void>((next) => setImmediate(next)))
      .then(async () => {
        waiting[kind] = false;
        try {
          await work();
        } catch (e) {
          console.error(JSON.stringify({ level: "error", msg: `${kind} work failed`, error: (e as Error).message }));
        }
      });
    return chain;
  };
  return {
    tick: () => enqueue("tick", () => runScheduledWork(services, sink)),
    kick: () => void enqueue("kick", () => runKickedWork(services, sink)),
    /** Resolves once every run asked for so far has finished. */
    async settled() {
      for (let seen: Promise<void> | null = null; seen !== chain; ) {
        seen = chain;
        await seen;
      }
    },
  };
}
