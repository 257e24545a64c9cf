import { v1 } from "../api";
import { field, h, mount, toast, write } from "../dom";
import { approverRoles, can } from "../session";
import type { Draft, Incident } from "../types";
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

/** Buttons for what this person may do with the draft now: submit, approve or reject as a role, publish. */
function actions(draft: Draft, reload: () => void) {
  const act = (label: string, run: () => Promise<unknown>, primary = false, then = reload) => {
    const b = write(h("button", { type: "button", class: primary ? "primary" : "" }, label));
    b.addEventListener("click", async () => {
      try {
        await run();
        toast(`${label}: done.`);
        then();
      } catch (e) {
        toast(e instanceof Error ? e.message : String(e), "error");
      }
    });
    return b;
  };
  const out: HTMLElement[] = [];
  const id = draft.id;
  if (can("incidents:update") && (draft.status === "draft" || draft.status === "rejected"))
    out.push(act("Submit for approval", () => v1("POST", `/drafts/${id}/submit`)));
  const mine = approverRoles().filter((r) => draft.approvals.missing.includes(r));
  if (draft.status === "pending_approval" && mine.length) {
    const comment = h("input", { name: "comment", maxlength: 2000 });
    out.push(write(field("Comment for the record", comment)));
    for (const role of mine) {
      out.push(
        act(
          `Approve as ${role}`,
          () => v1("POST", `/drafts/${id}/approve`, { role, comment: comment.value || undefined }),
          true,
        ),
      );
      out.push(
        act(`Reject as ${role}`, () =>
          v1("POST", `/drafts/${id}/reject`, { role, comment: comment.value || "Rejected" }),
        ),
      );
    }
  }
  if (can("incidents:update") && draft.status === "approved")
    out.push(
      act(
        "Publish to every channel",
        async () => {
          await v1("POST", `/drafts/${id}/publish`, {});
          location.hash = `#/incidents/${draft.incident_id}`;
        },
        true,
        // Publishing moves to the room; re-drawing the draft afterwards would race that navigation.
        () => {},
      ),
    );
  return out.length ? h("section", { class: "card actions", "aria-label": "Draft actions" }, out) : null;
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
      `Draft: ${draft.kind === draft.phase ? draft.phase : `${draft.kind.replace("_", " ")} (${draft.phase})`}, version ${draft.version}, ${draft.status.replace("_", " ")}`,
    ),
    canEdit ? draftEditor(draft, reload, preview.setText) : h("pre", { class: "card" }, draft.message),
    actions(draft, reload),
    approvalsView(draft),
    preview.panel,
    await diffPanel(draft),
  );
}
