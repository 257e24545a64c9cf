import { v1 } from "../api";
import { field, h, mount, toast, write } from "../dom";
import { type Finding, segments } from "../highlight";
import type { Draft } from "../types";
import { variableFields } from "./variables";

/** The text with each guardrail finding marked where it sits, and a list that says what to change. */
export function findingsView(text: string, findings: Finding[]) {
  if (!findings.length) return h("p", { class: "ok-note" }, "No guardrail findings.");
  const marked = segments(text, findings).map((s) =>
    s.finding
      ? h("mark", { class: s.finding.blocking ? "blocking" : "advice", title: s.finding.message }, s.text)
      : s.text,
  );
  const blocking = findings.filter((f) => f.blocking).length;
  return h(
    "div",
    { class: "findings" },
    h(
      "p",
      { class: blocking ? "error" : "" },
      `${blocking} blocking finding(s), ${findings.length - blocking} advice.`,
    ),
    h("pre", { class: "marked", "aria-label": "Draft text with findings marked" }, marked),
    h(
      "ul",
      {},
      findings.map((f) =>
        h(
          "li",
          { class: f.blocking ? "blocking" : "advice" },
          `Line ${f.line}, column ${f.column}: “${f.match}” — ${f.message}`,
          f.suggestion ? ` Try: ${f.suggestion}` : "",
        ),
      ),
    ),
  );
}

/** The editable status-page text, checked against the guardrails as it is typed, saved as a new version. */
export function draftEditor(draft: Draft, onSaved: (d: Draft) => void, onText: (text: string) => void) {
  const text = h("textarea", { name: "message", rows: 6, maxlength: 5000 }, draft.message);
  const found = h("div", { "aria-live": "polite", id: "findings" });
  let timer = 0;
  const check = async () => {
    const { findings } = await v1<{ findings: Finding[] }>("POST", `/incidents/${draft.incident_id}/guardrails`, {
      text: text.value,
      status: draft.phase,
    });
    mount(found, findingsView(text.value, findings));
    onText(text.value);
  };
  text.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void check().catch((e) => toast(e.message, "error")), 250);
  });
  const vars = variableFields(draft.kind, draft.variables);
  const kept = () => Object.fromEntries(Object.entries(draft.variables).filter(([k]) => !vars.names.includes(k)));
  const save = write(h("button", { type: "submit" }, "Save as new version"));
  const form = write(
    h(
      "form",
      { class: "card", "aria-labelledby": "editor-title" },
      h("h2", { id: "editor-title" }, "Status page text"),
      field("Message", text, "Edits make a new version; approvals given to an older version no longer count."),
      found,
      vars.el,
      save,
    ),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      onSaved(
        await v1<Draft>("PATCH", `/drafts/${draft.id}`, {
          message: text.value,
          variables: { ...kept(), ...vars.values() },
        }),
      );
      toast("Saved a new version.");
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  void check().catch((e) => toast(e.message, "error"));
  return form;
}
