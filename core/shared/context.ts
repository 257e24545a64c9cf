import type { Principal } from "../auth/roles";
import type { ActivePolicy } from "../policy/document";
import type { CommsStore } from "../ports/comms";
import type { Notifier } from "../ports/notifier";
import type { Store } from "../ports/store";
import type { Clock } from "./clock";
import type { IdGenerator } from "./ids";

/** What every use case receives: the ports it may use and who is acting. */
export interface Ctx {
  store: Store;
  comms: CommsStore;
  notifier: Notifier;
  clock: Clock;
  newId: IdGenerator;
  /** The policy in force now; an incident keeps the version it was declared under. */
  policy: ActivePolicy;
  actor: Principal;
  /** The public page messages link to. */
  page?: { url: string; name: string };
}

export type UseCase<I, O> = (args: { ctx: Ctx; input: I }) => Promise<O>;
