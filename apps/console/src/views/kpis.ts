import { ApiError, v1 } from "../api";
import { barChart } from "../bars";
import { kpiChart } from "../chart";
import { field, h, mount, toast } from "../dom";
import { hubNow } from "../session";
import type { IncidentKpis, PeriodKpis } from "../types";
import { channelTable, incidentsTable, periodTable } from "./kpi-tables";

type Period = { days: number } | { from: string; to: string };
const day = 86_400_000;
const presets = [7, 30, 90];
/** The period picked last, kept while the page is open so coming back to KPIs shows the same one. */
let picked: Period = { days: 30 };

/** The query for GET /kpis and /kpis.csv: a preset ends now (the hub's now), a custom range covers whole UTC days. */
export function periodQuery(p: Period, now: number) {
  const range =
    "days" in p
      ? { from: new Date(now - p.days * day), to: new Date(now) }
      : { from: new Date(`${p.from}T00:00:00Z`), to: new Date(Date.parse(`${p.to}T00:00:00Z`) + day) };
  return new URLSearchParams({ from: range.from.toISOString(), to: range.to.toISOString() }).toString();
}

function picker(onPick: (p: Period) => void) {
  const choice = h(
    "select",
    { name: "period" },
    presets.map((d) => h("option", { value: d, selected: "days" in picked && picked.days === d }, `Last ${d} days`)),
    h("option", { value: "custom", selected: !("days" in picked) }, "From … to …"),
  );
  const today = new Date(hubNow()).toISOString().slice(0, 10);
  const from = h("input", { type: "date", name: "from", value: "from" in picked ? picked.from : today });
  const to = h("input", { type: "date", name: "to", value: "to" in picked ? picked.to : today });
  const custom = h("div", { class: "row", hidden: "days" in picked }, field("From", from), field("To (included)", to));
  choice.addEventListener("change", () => {
    custom.hidden = choice.value !== "custom";
  });
  const form = h(
    "form",
    { class: "row period", "aria-label": "Choose the period" },
    field("Period", choice),
    custom,
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onPick(choice.value === "custom" ? { from: from.value, to: to.value } : { days: Number(choice.value) });
  });
  return form;
}

const successPercent = (p: PeriodKpis, channel: string) => {
  const rate = p.delivery[channel]?.success_rate ?? null;
  return rate === null ? null : rate * 100;
};

function results(data: { period: PeriodKpis; incidents: IncidentKpis[] }, query: string) {
  const p = data.period;
  const d = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
  const channels = [...new Set([...Object.keys(p.delivery), ...Object.keys(p.clicks)])];
  return [
    periodTable(`${d(p.from)} to ${d(p.to)}: ${p.incidents} incident(s)`, p),
    data.incidents.length ? kpiChart(data.incidents) : null,
    data.incidents.length ? incidentsTable(data.incidents) : null,
    channels.length
      ? h(
          "div",
          { class: "mini-charts" },
          barChart(
            "Clicks by channel",
            channels.map((c) => [c.replace("_", " "), p.clicks[c]?.total ?? 0]),
          ),
          barChart(
            "Delivery success by channel (%)",
            channels.map((c) => [c.replace("_", " "), successPercent(p, c)]),
            " %",
          ),
        )
      : null,
    channelTable("Delivery and clicks by channel", p),
    h("p", {}, h("a", { href: `/api/v1/kpis.csv?${query}`, download: "" }, "Download CSV for the data warehouse")),
  ];
}

/** KPIs over a period picked here (GET /api/v1/kpis): timeliness, cadence, tickets, deflection, delivery and clicks. */
export async function renderKpis(main: HTMLElement) {
  const out = h("div", { "aria-live": "polite" });
  const load = async (p: Period) => {
    const query = periodQuery(p, hubNow());
    try {
      mount(out, results(await v1("GET", `/kpis?${query}`), query));
      picked = p;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return mount(out, h("p", {}, "This hub does not report KPIs."));
      toast(e instanceof Error ? e.message : String(e), "error");
    }
  };
  mount(
    main,
    h("h1", {}, "KPIs"),
    picker((p) => void load(p)),
    out,
  );
  await load(picked);
}
