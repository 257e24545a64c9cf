import { v1 } from "../api";
import { cadenceClock } from "../clock-view";
import { h, mount } from "../dom";
import type { Account, Incident } from "../types";

const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

async function keyAccounts(id: string) {
  try {
    return (await v1<{ call: Account[] }>("GET", `/incidents/${id}/affected-accounts`)).call;
  } catch {
    return null;
  }
}

/** The executives' read-only view: what is open, how bad, when customers hear next, which key accounts. */
export async function renderDashboard(main: HTMLElement) {
  const { incidents } = await v1<{ incidents: Incident[] }>("GET", "/incidents?status=open");
  const cards = await Promise.all(
    incidents.map(async (i) => {
      const accounts = await keyAccounts(i.id);
      return h(
        "article",
        { class: "card", "aria-labelledby": `dash-${i.id}` },
        h(
          "h2",
          { id: `dash-${i.id}` },
          h("span", { class: `sev ${i.severity}` }, i.severity),
          " ",
          h("a", { href: `#/incidents/${i.id}` }, i.title),
        ),
        h(
          "p",
          {},
          `Phase ${i.status} · impact ${i.impact} · ${i.components.length} component(s) · ${i.updates?.length ?? 0} public update(s)`,
        ),
        cadenceClock(i),
        accounts === null
          ? null
          : accounts.length
            ? h(
                "p",
                {},
                `Key accounts affected (${accounts.length}): `,
                accounts
                  .slice(0, 8)
                  .map((a) => `${a.name} (${a.tier}, ${money.format(a.arr)})`)
                  .join("; "),
              )
            : h("p", {}, "No key account affected."),
      );
    }),
  );
  mount(main, h("h1", {}, "Dashboard"), h("p", {}, `${incidents.length} open incident(s).`), cards);
}
