import { ApiError, v1 } from "../api";
import { kpiChart } from "../chart";
import { h, mount } from "../dom";
import type { IncidentKpis, PeriodKpis } from "../types";

const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v)} %`);
const num = (v: number | null) => (v === null ? "–" : String(Math.round(v * 10) / 10));
const row = (label: string, value: string) => h("tr", {}, h("th", { scope: "row" }, label), h("td", {}, value));

function byChannel(caption: string, p: PeriodKpis) {
  const channels = [...new Set([...Object.keys(p.delivery), ...Object.keys(p.clicks)])];
  if (!channels.length) return h("p", {}, `${caption}: nothing sent in this period.`);
  return h(
    "table",
    {},
    h("caption", {}, caption),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["Channel", "Sent", "Failed", "Success", "Clicks"].map((t) => h("th", { scope: "col" }, t)),
      ),
    ),
    h(
      "tbody",
      {},
      channels.map((c) => {
        const d = p.delivery[c];
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, c.replace("_", " ")),
          h("td", { class: "num" }, d?.sent ?? 0),
          h("td", { class: "num" }, d?.failed ?? 0),
          h("td", { class: "num" }, d ? pct(d.success_rate === null ? null : d.success_rate * 100) : "–"),
          h("td", { class: "num" }, p.clicks[c]?.total ?? 0),
        );
      }),
    ),
  );
}

function incidentsTable(list: IncidentKpis[]) {
  const head = [
    "Incident",
    "First update (min)",
    "Deadline (min)",
    "Cadence on time",
    "Tickets",
    "Before / after notice",
  ];
  return h(
    "table",
    {},
    h("caption", {}, "Per incident"),
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
      list.map((k) =>
        h(
          "tr",
          { class: k.first_update.on_time === false ? "error" : "" },
          h("th", { scope: "row" }, h("a", { href: `#/incidents/${k.incident_id}` }, `${k.severity} ${k.title}`)),
          h("td", { class: "num" }, num(k.first_update.minutes)),
          h("td", { class: "num" }, num(k.first_update.deadline_minutes)),
          h("td", { class: "num" }, pct(k.cadence.percent_on_time)),
          h("td", { class: "num" }, k.tickets.linked),
          h("td", { class: "num" }, `${k.tickets.before_first_notice} / ${k.tickets.after_first_notice}`),
        ),
      ),
    ),
  );
}

/** KPIs over the last 30 days (GET /api/v1/kpis): timeliness, cadence, tickets, deflection, delivery and clicks. */
export async function renderKpis(main: HTMLElement) {
  let data: { period: PeriodKpis; incidents: IncidentKpis[] };
  try {
    data = await v1("GET", "/kpis");
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return mount(main, h("h1", {}, "KPIs"), h("p", {}, "This hub does not report KPIs yet (GET /api/v1/kpis)."));
    }
    throw e;
  }
  const p = data.period;
  mount(
    main,
    h("h1", {}, "KPIs"),
    h(
      "table",
      {},
      h("caption", {}, `Last 30 days: ${p.incidents} incident(s)`),
      h(
        "tbody",
        {},
        row("Median time to first update", `${num(p.first_update.median_minutes)} min`),
        row("First updates within the policy deadline", pct(p.first_update.percent_on_time)),
        row("Updates on cadence", pct(p.cadence.percent_on_time)),
        row("Linked tickets (per incident)", `${p.tickets.linked} (${num(p.tickets.per_incident)})`),
        row(
          "Tickets before / after the first notice",
          `${p.tickets.before_first_notice} / ${p.tickets.after_first_notice}`,
        ),
      ),
    ),
    data.incidents.length ? kpiChart(data.incidents) : null,
    data.incidents.length ? incidentsTable(data.incidents) : null,
    byChannel("Delivery and clicks by channel", p),
    h("p", {}, h("a", { href: "/api/v1/kpis.csv", download: "kpis.csv" }, "Download CSV for the data warehouse")),
  );
}
