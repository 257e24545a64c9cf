import { v1 } from "../api";
import { type El, field, h, mount, time, toast, write } from "../dom";
import { can } from "../session";

interface DrillSummary {
  id: string;
  title: string;
  severity: string;
  status: string;
  declared_at: string;
  resolved_at: string | null;
}

const table = (caption: string, head: string[], rows: (string | number | El)[][]) =>
  h(
    "table",
    {},
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        head.map((t) => h("th", { scope: "col" }, t)),
      ),
    ),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          {},
          r.map((c) => h("td", {}, c)),
        ),
      ),
    ),
  );

/** Start a drill: a declaration whose every send is captured by the hub (docs/drills.md). */
function startForm() {
  const title = h("input", { name: "title", required: true, maxlength: 200, value: "Drill: " });
  const severity = h(
    "select",
    { name: "severity" },
    ["P1", "P2", "P3", "P4"].map((s) => h("option", { value: s }, s)),
  );
  const message = h("textarea", { name: "message", rows: 3, required: true });
  const form = write(
    h(
      "form",
      { class: "card", "aria-labelledby": "drill-start" },
      h("h2", { id: "drill-start" }, "Start a drill"),
      field("Title", title),
      field("Severity", severity),
      field("First public update", message, "Timed against the policy; captured in the hub, never sent."),
      write(h("button", { type: "submit", class: "primary" }, "Start drill")),
    ),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const body = { title: title.value, severity: severity.value, message: message.value };
      const drill = await v1<{ id: string }>("POST", "/drills", body);
      location.hash = `#/incidents/${drill.id}`;
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  return form;
}

/** Drills, newest first, each opening its report. */
export async function renderDrills(main: HTMLElement) {
  const { drills } = await v1<{ drills: DrillSummary[] }>("GET", "/drills");
  mount(
    main,
    h("h1", {}, "Fire drills"),
    h("p", {}, "A drill runs the whole pipeline; every customer, vendor and internal send is captured here instead."),
    can("incidents:declare") ? startForm() : null,
    drills.length
      ? table(
          "Drills",
          ["Drill", "Severity", "Status", "Started", "Report"],
          drills.map((d) => [
            h("a", { href: `#/incidents/${d.id}` }, d.title),
            d.severity,
            d.status,
            time(d.declared_at),
            h("a", { href: `#/drills/${d.id}` }, `Report of ${d.title}`),
          ]),
        )
      : h("p", {}, "No drill yet."),
  );
}
