import { h } from "../dom";
import type { IncidentKpis, PeriodKpis } from "../types";

export const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v)} %`);
export const num = (v: number | null) => (v === null ? "–" : String(Math.round(v * 10) / 10));
export const figure = (label: string, value: string) =>
  h("tr", {}, h("th", { scope: "row" }, label), h("td", {}, value));

const head = (...titles: string[]) =>
  h(
    "thead",
    {},
    h(
      "tr",
      {},
      titles.map((t) => h("th", { scope: "col" }, t)),
    ),
  );

/** Sent, failed, success rate and clicks per channel, for a period or one incident. */
export function channelTable(caption: string, p: Pick<PeriodKpis, "delivery" | "clicks">) {
  const channels = [...new Set([...Object.keys(p.delivery), ...Object.keys(p.clicks)])];
  if (!channels.length) return h("p", {}, `${caption}: nothing sent.`);
  return h(
    "table",
    {},
    h("caption", {}, caption),
    head("Channel", "Sent", "Failed", "Success", "Clicks"),
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

export function incidentsTable(list: IncidentKpis[]) {
  return h(
    "table",
    {},
    h("caption", {}, "Per incident"),
    head("Incident", "First update (min)", "Deadline (min)", "Cadence on time", "Tickets", "Before / after notice"),
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

export function periodTable(caption: string, p: PeriodKpis) {
  return h(
    "table",
    {},
    h("caption", {}, caption),
    h(
      "tbody",
      {},
      figure("Median time to first update", `${num(p.first_update.median_minutes)} min`),
      figure("First updates within the policy deadline", pct(p.first_update.percent_on_time)),
      figure("Updates on cadence", pct(p.cadence.percent_on_time)),
      figure("Linked tickets (per incident)", `${p.tickets.linked} (${num(p.tickets.per_incident)})`),
      figure(
        "Tickets before / after the first notice",
        `${p.tickets.before_first_notice} / ${p.tickets.after_first_notice}`,
      ),
    ),
  );
}
