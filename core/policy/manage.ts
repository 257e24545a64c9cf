import type { Ctx } from "../shared/context";
import { DomainError } from "../shared/errors";
import { event } from "../shared/events";
import { type ActivePolicy, parsePolicy } from "./document";

/** Replaces the policy with a new version. Invalid documents are rejected with the exact field of each error. */
export async function replacePolicy({ ctx, input }: { ctx: Ctx; input: { document: unknown } }): Promise<ActivePolicy> {
  const parsed = parsePolicy(input.document);
  if (!parsed.ok) {
    throw new DomainError(
      "invalid_input",
      `The policy is invalid: ${parsed.errors.map((e) => `${e.path || "(root)"}: ${e.message}`).join("; ")}`,
      { errors: parsed.errors },
    );
  }
  const saved = await ctx.store.savePolicy(parsed.policy, ctx.actor.tokenId, ctx.clock.now());
  await ctx.comms.appendEvents([
    event(ctx, "policy.replaced", `policy_${saved.version}`, { version: saved.version, by: ctx.actor.name }),
  ]);
  return saved;
}
