import { v1 } from "../api";
import { field, h, time, toast, write } from "../dom";
import { can, hubNow } from "../session";
import type { Draft, Incident } from "../types";

const details: [string, string, boolean][] = [
  ["root_cause", "What happened (root cause)", true],
  ["fix", "What we did", true],
  ["prevention", "What we are changing", true],
  ["sla_credit", "Service credit (optional)", false],
];

/** The values the summary template asks a person for; the draft is rendered from them, then approved as usual. */
function startForm(incident: Incident) {
  const inputs = details.map(([name, label, required]) => {
    const input = h("textarea", { name, rows: 2, maxlength: 2000, required });
    return { name, input, el: field(label, input) };
  });
  const form = write(
    h(
      "form",
      { "aria-labelledby": "summary-start" },
      h("h3", { id: "summary-start" }, "Write the summary"),
      inputs.map((i) => i.el),
      write(h("button", { type: "submit", class: "primary" }, "Start the summary draft")),
    ),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const variables = Object.fromEntries(
      inputs.filter((i) => i.input.value.trim()).map((i) => [i.name, i.input.value.trim()]),
    );
    try {
      const body = { kind: "post_incident_summary", status: "resolved", variables };
      const d = await v1<Draft>("POST", `/incidents/${incident.id}/drafts`, body);
      location.hash = `#/drafts/${d.id}`;
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  return form;
}

/**
 * The post-incident summary of a resolved incident, as GET /incidents/{id} describes it: when it is
 * due under the policy, when it went out, and its words once published. It is written as a draft of
 * kind `post_incident_summary` and goes through sign-off and publish like any other update.
 */
export function summaryPanel(incident: Incident) {
  const s = incident.post_incident_summary ?? { due_at: null, published_at: null };
  const published = incident.updates.find((u) => u.kind === "post_incident_summary");
  const late = !s.published_at && s.due_at !== null && Date.parse(s.due_at) < hubNow();
  const state = s.published_at
    ? `Published ${time(s.published_at)}${s.due_at ? ` (due ${time(s.due_at)})` : ""}.`
    : s.due_at
      ? `Due ${time(s.due_at)}${late ? ": overdue" : ""}.`
      : "The policy asks for no summary of this incident.";
  return h(
    "section",
    { class: "card", "aria-labelledby": "summary-title" },
    h("h2", { id: "summary-title" }, "Post-incident summary"),
    h("p", { class: late ? "error summary-state" : "summary-state" }, state),
    published ? h("pre", {}, published.message) : null,
    !published && can("incidents:update") ? startForm(incident) : null,
  );
}
