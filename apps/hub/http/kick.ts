import type { Context } from "hono";
import type { HonoEnv } from "../env";

/** Asks the runtime to run the follow-up work now; on Workers it outlives the response through waitUntil. */
export function kickAfterResponse(c: Context<HonoEnv>) {
  c.get("services").kick((work) => {
    try {
      c.executionCtx.waitUntil(work);
    } catch {
      void work; // Node has no execution context; the work promise runs on its own
    }
  });
}
