import { v1 } from "../api";
import { field, h, toast, write } from "../dom";
import { can } from "../session";
import type { Draft, Incident } from "../types";

const phases = ["investigating", "identified", "monitoring", "resolved"];

function onSubmit(form: HTMLElement, act: () => Promise<void>) {
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await act();
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  return write(form);
}

/** What a commander or liaison can do from the room; nothing at all is rendered for read-only roles. */
export function roomActions(incident: Incident) {
  const open = incident.status !== "resolved";
  const out: HTMLElement[] = [];
  if (open && can("incidents:update")) {
    const status = h(
      "select",
      { name: "status" },
      phases.map((p) => h("option", { value: p }, p)),
    );
    const message = h("textarea", { name: "message", rows: 3 });
    const draft = async (body: Record<string, unknown>) => {
      const d = await v1<Draft>("POST", `/incidents/${incident.id}/drafts`, body);
      location.hash = `#/drafts/${d.id}`;
    };
    out.push(
      onSubmit(
        h(
          "form",
          { class: "card", "aria-labelledby": "new-update" },
          h("h2", { id: "new-update" }, "Draft the next update"),
          field("Phase", status),
          field("Message", message, "Leave empty to start from the approved template."),
          write(h("button", { type: "submit", class: "primary" }, "Start draft")),
        ),
        () => draft({ status: status.value, ...(message.value.trim() ? { message: message.value.trim() } : {}) }),
      ),
    );
    const falseAlarm = write(h("button", { type: "button" }, "Draft a false-alarm notice"));
    falseAlarm.addEventListener("click", () =>
      draft({ kind: "false_alarm", status: "resolved" }).catch((e) => toast(String(e.message), "error")),
    );
    out.push(h("p", {}, falseAlarm));
  }
  if (can("incidents:update")) {
    const body = h("textarea", { name: "note", rows: 2, required: true });
    out.push(
      onSubmit(
        h(
          "form",
          { class: "card", "aria-labelledby": "note-title" },
          h("h2", { id: "note-title" }, "Internal note"),
          field("Note (never public)", body),
          write(h("button", { type: "submit" }, "Add note")),
        ),
        async () => {
          await v1("POST", `/incidents/${incident.id}/notes`, { body: body.value });
          dispatchEvent(new HashChangeEvent("hashchange"));
        },
      ),
    );
  }
  if (!open && can("incidents:reopen")) {
    const message = h("textarea", { name: "message", rows: 2, required: true });
    const reason = h("input", { name: "reason", required: true });
    out.push(
      onSubmit(
        h(
          "form",
          { class: "card", "aria-labelledby": "reopen-title" },
          h("h2", { id: "reopen-title" }, "Reopen"),
          field("Public message", message),
          field("Reason (internal)", reason),
          write(h("button", { type: "submit" }, "Reopen incident")),
        ),
        async () => {
          await v1("POST", `/incidents/${incident.id}/reopen`, { message: message.value, reason: reason.value });
          dispatchEvent(new HashChangeEvent("hashchange"));
        },
      ),
    );
  }
  return out.length ? h("section", { class: "actions", "aria-label": "Actions" }, out) : null;
}
