import { v1 } from "../api";
import { field, h, mount, time, toast, write } from "../dom";
import { can } from "../session";
import type { Candidate } from "../types";

const severities = ["P1", "P2", "P3", "P4"];

/** A form whose submit runs an API call and reports a refusal in the toast. */
function decision(form: HTMLElement, run: () => Promise<void>) {
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await run();
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  return write(form);
}

/** Confirm (declares the incident with its first public notice) or decline with a reason. */
function decisions(c: Candidate, redraw: () => void) {
  const title = h("input", { name: "title", required: true, maxlength: 200 });
  const severity = h(
    "select",
    { name: "severity" },
    severities.map((s) => h("option", { value: s, selected: s === (c.suggested_severity ?? "P3") }, s)),
  );
  const message = h("textarea", { name: "message", rows: 3, required: true, maxlength: 5000 });
  const reason = h("input", { name: "reason", required: true, maxlength: 2000 });
  const confirm = decision(
    h(
      "form",
      { "aria-label": `Confirm ${c.title}` },
      field("Public title", title, "Customers read it: name what they notice, not the alert."),
      field("Severity", severity),
      field("First public notice", message),
      write(h("button", { type: "submit", class: "primary" }, "Confirm and declare")),
    ),
    async () => {
      const body = { title: title.value.trim(), severity: severity.value, message: message.value.trim() };
      const out = await v1<{ incident_id: string }>("POST", `/candidates/${c.id}/confirm`, body);
      location.hash = `#/incidents/${out.incident_id}`;
    },
  );
  const decline = decision(
    h(
      "form",
      { "aria-label": `Decline ${c.title}` },
      field("Reason to decline (internal)", reason),
      write(h("button", { type: "submit" }, "Decline")),
    ),
    async () => {
      await v1("POST", `/candidates/${c.id}/decline`, { reason: reason.value.trim() });
      toast(`Declined: ${c.title}`);
      redraw();
    },
  );
  return h("div", { class: "row" }, confirm, decline);
}

function openCard(c: Candidate, names: Map<string, string>, redraw: () => void) {
  return h(
    "article",
    { class: "card", "aria-labelledby": `cand-${c.id}` },
    h("h2", { id: `cand-${c.id}` }, c.title),
    h(
      "p",
      {},
      `${c.sources.join(", ")} · ${c.firing} of ${c.total} firing · first ${time(c.first_signal_at)} · last ${time(c.last_signal_at)}`,
      c.suggested_severity ? ` · suggested ${c.suggested_severity}` : "",
    ),
    c.components.length ? h("p", {}, `Components: ${c.components.map((id) => names.get(id) ?? id).join(", ")}`) : null,
    h(
      "ul",
      {},
      c.reasons.map((r) => h("li", {}, r)),
    ),
    c.kind === "alerts" && can("incidents:declare") ? decisions(c, redraw) : null,
  );
}

const outcome = (c: Candidate) =>
  c.status === "confirmed" && c.incident_id
    ? h("a", { href: `#/incidents/${c.incident_id}` }, "declared")
    : c.status === "declined"
      ? `declined: ${c.decline_reason ?? ""}`
      : c.status;

/** Internal candidates from monitoring and ticket surges: nothing reaches customers until one is confirmed. */
export async function renderCandidates(main: HTMLElement) {
  const [{ candidates }, { components }] = await Promise.all([
    v1<{ candidates: Candidate[] }>("GET", "/candidates?limit=50"),
    v1<{ components: { id: string; name: string }[] }>("GET", "/components"),
  ]);
  const names = new Map(components.map((c) => [c.id, c.name]));
  const redraw = () => void renderCandidates(main).catch((e) => toast(e.message, "error"));
  const open = candidates.filter((c) => c.status === "open");
  const decided = candidates.filter((c) => c.status !== "open");
  mount(
    main,
    h("h1", {}, "Candidates"),
    h("p", {}, `${open.length} open candidate(s). Confirming one declares the incident with its first public notice.`),
    open.map((c) => openCard(c, names, redraw)),
    decided.length
      ? h(
          "table",
          {},
          h("caption", {}, "Decided or ended"),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Candidate", "Outcome", "By", "When"].map((t) => h("th", { scope: "col" }, t)),
            ),
          ),
          h(
            "tbody",
            {},
            decided.map((c) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, c.title),
                h("td", {}, outcome(c)),
                h("td", {}, c.decided_by ?? "–"),
                h("td", {}, time(c.decided_at ?? c.last_signal_at)),
              ),
            ),
          ),
        )
      : null,
  );
}
