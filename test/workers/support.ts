import { env, exports } from "cloudflare:workers";
import { openD1 } from "#apps/hub/storage/d1";
import { createStorage } from "#apps/hub/storage/store";
import { builtInPolicy } from "#core/policy/document";
import type { Notifier, Publication } from "#core/ports/notifier";
import { fixedClock } from "#core/shared/clock";
import type { Ctx } from "#core/shared/context";
import { newId } from "#core/shared/ids";
import { caller } from "#test/support/call";

export const origin = "https://status.example.com";
/** The suite's admin token (see vitest.config.ts). */
export const admin = { authorization: "Bearer workers-test-admin-token" };
/** Typed requests through the Worker's own fetch, as the suite's admin (test/support/call.ts). */
export const call = caller((path, init) => exports.default.fetch(new Request(`${origin}${path}`, init)), admin);

/** A use-case context on the suite's D1 database, acting as an admin, at a fixed time. */
export function d1Context(now = new Date()) {
  const { db, runBatch } = openD1(env.DB);
  const { store, comms } = createStorage(db, runBatch);
  const published: Publication[] = [];
  const notifier: Notifier = { notify: async (p) => void published.push(p) };
  const clock = fixedClock(now);
  const ctx: Ctx = {
    store,
    comms,
    notifier,
    clock,
    newId,
    policy: builtInPolicy,
    actor: { tokenId: null, name: "test", role: "admin", approves: [] },
  };
  return { store, ctx, clock, published };
}
