import { archiveEntries } from "../archive/append";
import type { ArchiveEntry } from "../archive/chain";
import { scanText } from "../guardrails/scan";
import type { IncidentPhase } from "../incidents/model";
import type { ActivePolicy } from "../policy/document";
import type { Ctx } from "../shared/context";
import { type Acknowledgement, checkGuardrails, signOffs } from "./guard";

/** A title as the guardrails see it: it is on the status page, in feeds and in subject lines. */
export const titleRendering = (title: string, policy: Pick<ActivePolicy, "document">, phase?: IncidentPhase) => ({
  channel: "title",
  locale: "en",
  findings: scanText(title, policy.document.guardrails, phase).map((f) => ({ ...f, field: "subject" as const })),
});

/** A new title on its own (no message with it): checked like any rendering and archived. */
export function prepareTitle(
  ctx: Ctx,
  o: {
    subjectId: string;
    title: string;
    phase?: IncidentPhase;
    policy: ActivePolicy;
    acknowledge?: Acknowledgement;
  },
): () => Promise<ArchiveEntry[]> {
  const override = checkGuardrails(ctx, [titleRendering(o.title, o.policy, o.phase)], o.acknowledge);
  return () =>
    archiveEntries(ctx, [{ channel: "title", locale: "en", subject: null, text: o.title }], {
      incidentId: o.subjectId,
      kind: "title",
      approvals: signOffs([], override),
      policyVersion: o.policy.version,
      audience: JSON.stringify({ internal: false, channel: "status_page" }),
    });
}
