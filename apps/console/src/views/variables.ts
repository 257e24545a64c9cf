import { field, h } from "../dom";

/** The template values only a person can supply; the hub fills the rest (affected, times, links). */
const authored: Record<string, [string, string][]> = {
  resolved: [
    ["root_cause", "What happened (brief root cause)"],
    ["fix", "What we did (the fix)"],
    ["prevention", "What changes so it does not happen again"],
    ["sla_credit", "Service credit owed (optional)"],
  ],
};
authored.post_incident_summary = authored.resolved!;
const common: [string, string][] = [["action", "What customers should do (optional)"]];

/** Inputs for the values the draft's templates need, prefilled from the draft. */
export function variableFields(kind: string, current: Record<string, unknown>) {
  const inputs = [...(authored[kind] ?? []), ...common].map(([name, label]) => {
    const input = h("input", { name, maxlength: 2000, value: typeof current[name] === "string" ? current[name] : "" });
    return { name, input, el: field(label, input) };
  });
  return {
    el: h(
      "fieldset",
      {},
      h("legend", {}, "Details for email, SMS and the other channels"),
      inputs.map((i) => i.el),
    ),
    values(): Record<string, string> {
      const out: Record<string, string> = {};
      for (const i of inputs) if (i.input.value.trim()) out[i.name] = i.input.value.trim();
      return out;
    },
    names: inputs.map((i) => i.name),
  };
}
