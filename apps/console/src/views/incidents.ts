import { v1 } from "../api";
import { cadenceClock } from "../clock-view";
import { h, mount, time } from "../dom";
import { can } from "../session";
import type { Incident } from "../types";
import { declareForm } from "./declare";

/** Open incidents with their clocks, recent resolved ones, and the declare form for commanders. */
export async function renderIncidents(main: HTMLElement) {
  const [open, recent] = await Promise.all([
    v1<{ incidents: Incident[] }>("GET", "/incidents?status=open"),
    v1<{ incidents: Incident[] }>("GET", "/incidents?status=resolved&limit=10"),
  ]);
  const rows = (list: Incident[]) =>
    list.map((i) =>
      h(
        "tr",
        {},
        h("td", {}, h("a", { href: `#/incidents/${i.id}` }, i.title)),
        h("td", {}, h("span", { class: `sev ${i.severity}` }, i.severity)),
        h("td", {}, i.status),
        h("td", {}, i.status === "resolved" ? time(i.resolved_at) : cadenceClock(i, "compact")),
      ),
    );
  const table = (caption: string, list: Incident[]) =>
    list.length
      ? h(
          "table",
          {},
          h("caption", {}, caption),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Incident", "Severity", "Phase", "Cadence"].map((t) => h("th", { scope: "col" }, t)),
            ),
          ),
          h("tbody", {}, rows(list)),
        )
      : h("p", {}, `${caption}: none.`);
  mount(
    main,
    h("h1", {}, "Incidents"),
    table("Open incidents", open.incidents),
    can("incidents:declare") ? await declareForm() : null,
    table("Recently resolved", recent.incidents),
  );
}
