import { v1 } from "../api";
import { field, h, toast, write } from "../dom";
import type { Incident } from "../types";

const severities = ["P1", "P2", "P3", "P4"];
const componentStatuses = ["major_outage", "partial_outage", "degraded_performance"];
const select = (name: string, options: string[], value?: string) =>
  h(
    "select",
    { name },
    options.map((o) => h("option", { value: o, selected: o === value }, o.replace(/_/g, " "))),
  );

/** Declare an incident; impact answers ask the policy for a severity, which the commander may still change. */
export async function declareForm() {
  const { components } = await v1<{ components: { id: string; name: string }[] }>("GET", "/components");
  const title = h("input", { name: "title", required: true, maxlength: 200 });
  const percent = h("input", { name: "percent", type: "number", min: 0, max: 100, value: 0 });
  const checks = ["core_function_down", "data_loss_risk", "security_exposure", "workaround_exists"].map((name) =>
    h("label", { class: "check" }, h("input", { type: "checkbox", name }), ` ${name.replace(/_/g, " ")}`),
  );
  const severity = select("severity", severities, "P3");
  const reasons = h("p", { class: "hint", id: "severity-reasons", "aria-live": "polite" });
  const suggest = async () => {
    const body: Record<string, unknown> = { customers_affected_percent: Number(percent.value) || 0 };
    for (const c of checks) {
      const box = c.querySelector("input")!;
      body[box.name] = box.checked;
    }
    const s = await v1<{ severity: string; reasons: string[] }>("POST", "/policy/suggest-severity", body);
    severity.value = s.severity;
    reasons.textContent = `Suggested ${s.severity}: ${s.reasons.join(" ") || "no rule matched."}`;
  };
  for (const c of [percent, ...checks.map((c) => c.querySelector("input")!)]) c.addEventListener("change", suggest);
  const picks = components.map((c) => {
    const box = h("input", { type: "checkbox", name: "component", value: c.id });
    const status = select(`status-${c.id}`, componentStatuses);
    status.setAttribute("aria-label", `Status of ${c.name}`);
    return { box, status, el: h("div", { class: "component-pick" }, h("label", {}, box, ` ${c.name}`), " ", status) };
  });
  const message = h("textarea", { name: "message", rows: 3, required: true });
  const form = write(
    h(
      "form",
      { class: "card", "aria-labelledby": "declare-title" },
      h("h2", { id: "declare-title" }, "Declare an incident"),
      field("Title", title),
      h("fieldset", {}, h("legend", {}, "Impact"), field("Customers affected (%)", percent), checks),
      field("Severity", severity),
      reasons,
      h(
        "fieldset",
        {},
        h("legend", {}, "Affected components"),
        picks.map((p) => p.el),
      ),
      field("First public update", message, "Goes out at once: the first-update deadline is minutes away."),
      write(h("button", { type: "submit", class: "primary" }, "Declare")),
    ),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const incident = await v1<Incident>("POST", "/incidents", {
        title: title.value,
        severity: severity.value,
        message: message.value,
        components: picks.filter((p) => p.box.checked).map((p) => ({ id: p.box.value, status: p.status.value })),
      });
      location.hash = `#/incidents/${incident.id}`;
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  return form;
}
