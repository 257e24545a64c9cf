import type { ArchiveEntry } from "../archive/chain";
import { can } from "../auth/roles";
import type { Finding } from "../guardrails/rules";
import { hasBlocking } from "../guardrails/scan";
import type { Ctx } from "../shared/context";
import { DomainError } from "../shared/errors";
import type { ComposedMessage } from "../templates/compose";

export interface Acknowledgement {
  reason: string;
}

/** An approver's sign-off over blocking findings, as the archive records it. */
export interface GuardrailOverride {
  role: "guardrails";
  by: string;
  byId: string | null;
  at: Date;
  reason: string;
}

/**
 * The one guardrail rule every road applies to every rendering: blocking findings stop the publish
 * unless an admin or an approver acknowledges them with a reason, which is recorded.
 */
export function checkGuardrails(
  ctx: Pick<Ctx, "actor" | "clock">,
  messages: readonly { channel: string; locale: string; findings: ComposedMessage["findings"] }[],
  acknowledge?: Acknowledgement,
): GuardrailOverride | null {
  const findings: (Finding & { channel: string; locale: string })[] = messages.flatMap((m) =>
    m.findings.map((f) => ({ ...f, channel: m.channel, locale: m.locale })),
  );
  if (!hasBlocking(findings)) return null;
  if (!acknowledge) {
    throw new DomainError(
      "invalid_input",
      `Publishing is blocked by ${findings.filter((f) => f.blocking).length} guardrail finding(s); fix the text or have an approver acknowledge them.`,
      { code: "guardrails_blocked", findings },
    );
  }
  if (!can(ctx.actor.role, "tokens:manage") && ctx.actor.approves.length === 0)
    throw new DomainError("forbidden", "Only an admin or an approver can publish over guardrail findings.");
  return {
    role: "guardrails",
    by: ctx.actor.name,
    byId: ctx.actor.tokenId,
    at: ctx.clock.now(),
    reason: acknowledge.reason,
  };
}

export type SignOff = ArchiveEntry["approvals"][number];

/** The approvals archived with a publication; a guardrail override is archived as one more sign-off. */
export const signOffs = (given: SignOff[], override: GuardrailOverride | null): SignOff[] =>
  override ? [...given, { role: "guardrails", by: override.by, at: override.at.toISOString(), override: true }] : given;
