import { v1 } from "../api";
import { h, mount, toast } from "../dom";
import { can } from "../session";
import type { Draft, Incident } from "../types";
import { draftActions } from "./draft-actions";
import { draftEditor } from "./draft-editor";
import { diffPanel, previewPanel } from "./draft-preview";
import { incidentHeader } from "./room";

const editable = new Set(["draft", "pending_approval", "approved", "rejected"]);

function approvalsView(draft: Draft) {
  const a = draft.approvals;
  return h(
    "section",
    { class: "card", "aria-labelledby": "approvals-title" },
    h("h2", { id: "approvals-title" }, "Sign-off"),
    h(
      "p",
      {},
      `Needs: ${a.required.join(", ") || "no sign-off"} · approved: ${a.approved.join(", ") || "none"} · waiting for: ${a.missing.join(", ") || "nobody"}`,
    ),
    a.history.length
      ? h(
          "ul",
          {},
          a.history.map((x) => h("li", {}, `${x.role} ${x.decision} by ${x.by}${x.comment ? `: ${x.comment}` : ""}`)),
        )
      : null,
  );
}

/** One draft: its text with live guardrail checks, previews per channel and locale, diff, sign-off and publish. */
export async function renderDraft(main: HTMLElement, id: string) {
  const draft = await v1<Draft>("GET", `/drafts/${id}`);
  const incident = await v1<Incident>("GET", `/incidents/${draft.incident_id}`);
  const reload = () => void renderDraft(main, id).catch((e) => toast(e.message, "error"));
  const preview = previewPanel(draft);
  const canEdit = can("incidents:update") && editable.has(draft.status);
  mount(
    main,
    incidentHeader(incident),
    h("p", {}, h("a", { href: `#/incidents/${incident.id}` }, "Back to the incident room")),
    h(
      "h2",
      { class: "draft-title" },
      `Draft: ${draft.kind === draft.phase ? draft.phase : `${draft.kind.replace(/_/g, " ")} (${draft.phase})`}, version ${draft.version}, ${draft.status.replace("_", " ")}`,
    ),
    canEdit ? draftEditor(draft, reload, preview.setText) : h("pre", { class: "card" }, draft.message),
    draftActions(draft, reload),
    approvalsView(draft),
    preview.panel,
    await diffPanel(draft),
  );
}
