import { v1 } from "../api";
import { h, mount, time, toast, write } from "../dom";
import { can } from "../session";
import type { Incident, OutreachEntry } from "../types";
import { incidentHeader, incidentTabs } from "./room";

const states = ["pending", "called", "reached", "voicemail", "declined", "done"];
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

function stateControl(incidentId: string, e: OutreachEntry) {
  if (!can("outreach:record")) return e.state;
  const select = write(
    h(
      "select",
      { name: `state-${e.account_id}`, "aria-label": `Call state for ${e.account}` },
      states.map((s) => h("option", { value: s, selected: s === e.state }, s)),
    ),
  );
  select.addEventListener("change", async () => {
    try {
      await v1("PATCH", `/incidents/${incidentId}/outreach/${e.account_id}`, { state: select.value });
      toast(`${e.account}: ${select.value}.`);
    } catch (err) {
      toast(err instanceof Error ? err.message : String(err), "error");
    }
  });
  return select;
}

/** The CSMs' phone list for an incident: tier then ARR, call states editable, CSV for a spreadsheet. */
export async function renderOutreach(main: HTMLElement, id: string) {
  const [incident, list] = await Promise.all([
    v1<Incident>("GET", `/incidents/${id}`),
    v1<{ entries: OutreachEntry[]; progress: { total: number; open: number } }>("GET", `/incidents/${id}/outreach`),
  ]);
  const p = list.progress;
  mount(
    main,
    incidentHeader(incident),
    incidentTabs(id, "outreach"),
    h("h2", {}, "Outreach list"),
    h(
      "p",
      {},
      `${p.total} accounts, ${p.open} still to reach · `,
      h("a", { href: `/api/v1/incidents/${id}/outreach.csv`, download: `outreach-${id}.csv` }, "Download CSV"),
    ),
    list.entries.length
      ? h(
          "table",
          {},
          h("caption", {}, "Accounts to call"),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Account", "Tier", "ARR", "CSM", "Contact", "Call state", "Last change"].map((t) =>
                h("th", { scope: "col" }, t),
              ),
            ),
          ),
          h(
            "tbody",
            {},
            list.entries.map((e) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, e.account),
                h("td", {}, e.tier),
                h("td", { class: "num" }, money.format(e.arr)),
                h("td", {}, e.csm?.name ?? "–"),
                h("td", {}, e.contact ? `${e.contact.name} ${e.contact.phone ?? ""}` : "–"),
                h("td", {}, stateControl(id, e)),
                h("td", {}, e.state_by ? `${e.state_by}, ${time(e.state_at)}` : "–"),
              ),
            ),
          ),
        )
      : h("p", {}, "No account on this incident's outreach list."),
  );
}
