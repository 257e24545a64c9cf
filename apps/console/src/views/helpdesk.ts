import { v1 } from "../api";
import { ticketChart } from "../chart";
import { h, mount, time } from "../dom";
import type { HelpDeskView, Incident, Surge } from "../types";
import { incidentHeader, incidentTabs } from "./room";

const progress = (label: string, done: number, total: number | null) =>
  h(
    "div",
    { class: "field" },
    h("span", { class: "label" }, `${label}: ${done} of ${total ?? "?"}`),
    h("progress", { max: total || 1, value: total ? done : 0, "aria-label": label }),
  );

/** The help-desk side of an incident: linked tickets, backfill and auto-close, the surge curve against updates. */
export async function renderHelpdesk(main: HTMLElement, id: string) {
  const [incident, desk, surges] = await Promise.all([
    v1<Incident>("GET", `/incidents/${id}`),
    v1<HelpDeskView>("GET", `/incidents/${id}/helpdesk`),
    v1<{ surges: Surge[] }>("GET", "/helpdesk/surges"),
  ]);
  const t = desk.tickets;
  const counts: [string, number][] = [
    ["Linked", t.linked],
    ["Suggested", t.suggested],
    ["Unlinked by hand", t.unlinked],
    ["Waiting on the help desk", t.pendingOnHelpDesk],
    ["Solved on resolve", t.solved],
    ["Kept open", t.keptOpen],
  ];
  const ac = desk.autoClose;
  mount(
    main,
    incidentHeader(incident),
    incidentTabs(id, "helpdesk"),
    h(
      "section",
      { class: "card", "aria-labelledby": "tickets-title" },
      h("h2", { id: "tickets-title" }, "Tickets"),
      h(
        "dl",
        { class: "counts" },
        counts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
      ),
      h(
        "p",
        {},
        `Problem ticket: ${desk.problemTicketId ?? "none yet"} · macro ${desk.macroActive ? "active" : "inactive"}`,
      ),
      progress(`Backfill (${desk.backfill.state})`, desk.backfill.done, desk.backfill.total),
      progress(`Auto-close (${ac.state})`, ac.solved + ac.keptOpen + ac.failed, ac.total),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "curve-title" },
      h("h2", { id: "curve-title" }, "Ticket curve against public updates"),
      desk.curve.length ? ticketChart(desk.curve, desk.timeline) : h("p", {}, "No linked tickets yet."),
      h(
        "ul",
        { class: "legend" },
        desk.timeline.map((u) => h("li", {}, `${time(u.at)} · ${u.phase}`)),
      ),
    ),
    h(
      "section",
      { class: "card", "aria-labelledby": "surges-title" },
      h("h2", { id: "surges-title" }, "Ticket surges"),
      surges.surges.length
        ? h(
            "ul",
            {},
            surges.surges
              .slice(0, 10)
              .map((s) =>
                h(
                  "li",
                  { class: s.unexplained ? "error" : "" },
                  `${time(s.startedAt)} · ${s.series} · ${s.observed} tickets against ${s.expected} expected · ${s.unexplained ? "unexplained" : `explained by ${s.explainedBy.join(", ")}`}`,
                ),
              ),
          )
        : h("p", {}, "No surges."),
    ),
  );
}
