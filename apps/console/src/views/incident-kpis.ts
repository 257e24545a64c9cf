import { ApiError, v1 } from "../api";
import { barChart } from "../bars";
import { ticketChart } from "../chart";
import { h } from "../dom";
import type { Incident, IncidentKpis } from "../types";
import { channelTable, figure } from "./kpi-tables";

const minutes = (v: number | null) => (v === null ? "–" : `${Math.round(v * 10) / 10} min`);
const percent = (v: number | null) => (v === null ? "–" : `${Math.round(v)} %`);

/** The figures the charts draw, as a table: the charts' text alternative. */
function figures(k: IncidentKpis) {
  const c = k.cadence;
  const t = k.tickets;
  const onTime = k.first_update.on_time === null ? "" : k.first_update.on_time ? " (on time)" : " (late)";
  return h(
    "table",
    {},
    h("caption", {}, "This incident's figures"),
    h(
      "tbody",
      {},
      figure("Time to first update", `${minutes(k.first_update.minutes)}${onTime}`),
      figure("Policy deadline for the first update", minutes(k.first_update.deadline_minutes)),
      figure("Updates on cadence", `${c.on_time} of ${c.intervals} (${percent(c.percent_on_time)})`),
      figure("Linked tickets", String(t.linked)),
      figure("Tickets before / after the first notice", `${t.before_first_notice} / ${t.after_first_notice}`),
    ),
  );
}

/** GET /incidents/{id}/kpis drawn for the room: tickets per hour against the updates, then one chart per measure. */
export async function incidentKpisPanel(incident: Incident) {
  let k: IncidentKpis;
  try {
    k = await v1<IncidentKpis>("GET", `/incidents/${incident.id}/kpis`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
  const channels = [...new Set([...Object.keys(k.delivery), ...Object.keys(k.clicks)])];
  const name = (c: string) => c.replace("_", " ");
  const rate = (c: string) => k.delivery[c]?.success_rate ?? null;
  const c = k.cadence;
  return h(
    "section",
    { class: "card", "aria-labelledby": "kpis-title" },
    h("h2", { id: "kpis-title" }, "Communication KPIs"),
    k.tickets.per_hour.length
      ? h(
          "figure",
          {},
          h("figcaption", {}, "Linked tickets per hour; dashed lines are the public updates"),
          ticketChart(
            k.tickets.per_hour.map((p) => ({ at: p.hour, count: p.tickets })),
            incident.updates.map((u) => ({ at: u.created_at, phase: u.status })),
          ),
        )
      : h("p", {}, "No linked tickets yet."),
    h(
      "div",
      { class: "mini-charts" },
      barChart(
        "Time to first update against the deadline (min)",
        [
          ["First update", k.first_update.minutes],
          ["Deadline", k.first_update.deadline_minutes],
        ],
        " min",
      ),
      barChart("Cadence adherence (intervals)", [
        ["On time", c.on_time],
        ["Late", c.intervals - c.on_time],
      ]),
      barChart("Deflection (linked tickets)", [
        ["Before notice", k.tickets.before_first_notice],
        ["After notice", k.tickets.after_first_notice],
      ]),
      channels.length
        ? barChart(
            "Clicks by channel",
            channels.map((ch) => [name(ch), k.clicks[ch]?.total ?? 0]),
          )
        : null,
      channels.length
        ? barChart(
            "Delivery success by channel (%)",
            channels.map((ch) => [name(ch), rate(ch) === null ? null : rate(ch)! * 100]),
            " %",
          )
        : null,
    ),
    figures(k),
    channelTable("Delivery and clicks by channel", k),
  );
}
