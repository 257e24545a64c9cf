import { hasBlocking, scanText } from "../guardrails/scan";
import type { StoredTemplate } from "../ports/comms";
import type { Ctx } from "../shared/context";
import { DomainError } from "../shared/errors";
import { type Locale, type TemplateKind, type TemplateText, variableSpec } from "./catalog";
import { assertKnownVariables } from "./render";

/**
 * Saves a new version of a kind's wording for a locale. Unknown variables and blocking guardrail
 * findings are rejected, as they would be at publish time.
 */
export async function saveTemplate({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { kind: TemplateKind; locale: Locale; text: TemplateText };
}): Promise<StoredTemplate> {
  const fields = Object.entries(input.text) as [keyof TemplateText, string][];
  for (const [, value] of fields) assertKnownVariables(value, variableSpec);
  const findings = fields.flatMap(([field, value]) =>
    scanText(value, ctx.policy.document.guardrails).map((f) => ({ ...f, field })),
  );
  if (hasBlocking(findings)) {
    throw new DomainError(
      "invalid_input",
      `The template has ${findings.filter((f) => f.blocking).length} blocking guardrail finding(s).`,
      { code: "guardrails_blocked", findings },
    );
  }
  const versions = await ctx.comms.listTemplateVersions(input.kind, input.locale);
  const saved: StoredTemplate = {
    kind: input.kind,
    locale: input.locale,
    version: (versions[0]?.version ?? 0) + 1,
    ...input.text,
    authorId: ctx.actor.tokenId,
    createdAt: ctx.clock.now(),
  };
  await ctx.comms.saveTemplate(saved);
  return saved;
}
