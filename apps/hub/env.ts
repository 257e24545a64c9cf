import type { Principal } from "#core/auth/roles";
import type { ActivePolicy } from "#core/policy/document";
import type { Ctx } from "#core/shared/context";
import type { Services } from "./services";

export type HonoEnv = {
  Variables: {
    services: Services;
    requestId: string;
    principal: Principal;
    /** The policy in force, loaded once per API request. */
    policy: ActivePolicy;
  };
};

/** The use-case context for the authenticated caller of a request. */
export function ctxOf(c: { get: <K extends keyof HonoEnv["Variables"]>(k: K) => HonoEnv["Variables"][K] }): Ctx {
  const s = c.get("services");
  return {
    store: s.store,
    comms: s.comms,
    notifier: s.notifier,
    clock: s.clock,
    newId: s.newId,
    policy: c.get("policy"),
    actor: c.get("principal"),
    page: s.page,
  };
}
