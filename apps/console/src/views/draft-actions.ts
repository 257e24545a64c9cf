import { ApiError, v1 } from "../api";
import { field, h, toast, write } from "../dom";
import { approverRoles, can } from "../session";
import type { Draft } from "../types";

const open = new Set(["draft", "pending_approval", "approved", "rejected"]);

/** A button that runs an API call, says it worked (or why not) and then redraws. */
function act(label: string, run: () => Promise<unknown>, then: () => void, primary = false) {
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
}

/** A decision that must say why (discard, override, publish over findings): a reason field and its button. */
function withReason(
  id: string,
  title: string,
  label: string,
  run: (reason: string) => Promise<unknown>,
  then: () => void,
) {
  const reason = h("input", { name: `${id}-reason`, required: true, minlength: 3, maxlength: 2000 });
  const form = write(
    h(
      "form",
      { class: "reasoned", "aria-labelledby": `${id}-title` },
      h("h3", { id: `${id}-title` }, title),
      field("Reason (kept on the record)", reason),
      write(h("button", { type: "submit" }, label)),
    ),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await run(reason.value.trim());
      toast(`${label}: done.`);
      then();
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  return form;
}

/**
 * Publish; when the guardrails refuse it and this person is an admin or an approver, a second form
 * publishes over the findings with a reason, which the archive records.
 */
function publishControls(draft: Draft, toRoom: () => void) {
  const publish = (body: Record<string, unknown>) => v1("POST", `/drafts/${draft.id}/publish`, body);
  const mayAcknowledge = can("tokens:manage") || approverRoles().length > 0;
  const overFindings = h("div", {});
  const button = write(h("button", { type: "button", class: "primary" }, "Publish to every channel"));
  button.addEventListener("click", async () => {
    try {
      await publish({});
      // Publishing moves to the room; re-drawing the draft afterwards would race that navigation.
      toRoom();
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e), "error");
      const blocked = e instanceof ApiError && e.body?.code === "guardrails_blocked";
      if (!blocked || !mayAcknowledge || overFindings.childElementCount) return;
      const ack = (reason: string) => publish({ acknowledge_findings: { reason } });
      overFindings.appendChild(withReason("ack", "Publish over the guardrail findings", "Publish anyway", ack, toRoom));
      overFindings.querySelector("input")?.focus();
    }
  });
  return [button, overFindings];
}

/**
 * What this person may do with the draft now, and nothing else: submit; approve or reject as each of
 * their sign-off roles; publish; publish over guardrail findings (admins and approvers, once a publish
 * was refused for them); override missing approvals (admins); discard.
 */
export function draftActions(draft: Draft, reload: () => void) {
  const out: HTMLElement[] = [];
  const id = draft.id;
  const toRoom = () => {
    location.hash = `#/incidents/${draft.incident_id}`;
  };
  if (can("incidents:update") && (draft.status === "draft" || draft.status === "rejected"))
    out.push(act("Submit for approval", () => v1("POST", `/drafts/${id}/submit`), reload));
  const mine = approverRoles().filter((r) => draft.approvals.missing.includes(r));
  if (draft.status === "pending_approval" && mine.length) {
    const comment = h("input", { name: "comment", maxlength: 2000 });
    out.push(write(field("Comment for the record", comment)));
    for (const role of mine) {
      const body = () => ({ role, comment: comment.value || undefined });
      out.push(act(`Approve as ${role}`, () => v1("POST", `/drafts/${id}/approve`, body()), reload, true));
      out.push(
        act(
          `Reject as ${role}`,
          () => v1("POST", `/drafts/${id}/reject`, { ...body(), comment: comment.value || "Rejected" }),
          reload,
        ),
      );
    }
  }
  if (can("incidents:update") && draft.status === "approved") out.push(...publishControls(draft, toRoom));
  if (can("tokens:manage") && open.has(draft.status) && draft.approvals.missing.length)
    out.push(
      withReason(
        "override",
        `Override the missing approvals (${draft.approvals.missing.join(", ")})`,
        "Override approvals",
        (reason) => v1("POST", `/drafts/${id}/override`, { reason }),
        reload,
      ),
    );
  if (can("incidents:update") && open.has(draft.status))
    out.push(
      withReason(
        "discard",
        "Discard this draft",
        "Discard draft",
        (reason) => v1("POST", `/drafts/${id}/discard`, { reason }),
        toRoom,
      ),
    );
  return out.length ? h("section", { class: "card actions", "aria-label": "Draft actions" }, out) : null;
}
