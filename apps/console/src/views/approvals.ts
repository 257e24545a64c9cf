import { v1 } from "../api";
import { h, mount, time } from "../dom";
import { approverRoles } from "../session";
import type { Draft, Incident } from "../types";

/** Statements waiting for sign-off; the ones this person can approve come first. */
export async function renderApprovals(main: HTMLElement) {
  const { drafts } = await v1<{ drafts: Draft[] }>("GET", "/approvals");
  const mine = (d: Draft) => d.approvals.missing.some((r: string) => approverRoles().includes(r));
  const sorted = [...drafts].sort((a, b) => Number(mine(b)) - Number(mine(a)));
  const titles = new Map<string, Incident>();
  for (const d of sorted)
    if (!titles.has(d.incident_id)) titles.set(d.incident_id, await v1<Incident>("GET", `/incidents/${d.incident_id}`));
  mount(
    main,
    h("h1", {}, "Approvals"),
    h("p", {}, `You sign off as: ${approverRoles().join(", ") || "nobody"}.`),
    sorted.length
      ? h(
          "table",
          {},
          h("caption", {}, "Waiting for sign-off"),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["Incident", "Draft", "Waiting for", "Since"].map((t) => h("th", { scope: "col" }, t)),
            ),
          ),
          h(
            "tbody",
            {},
            sorted.map((d) => {
              const i = titles.get(d.incident_id)!;
              return h(
                "tr",
                { class: mine(d) ? "mine" : "" },
                h("td", {}, h("span", { class: `sev ${i.severity}` }, i.severity), ` ${i.title}`),
                h("td", {}, h("a", { href: `#/drafts/${d.id}` }, `${d.phase} v${d.version}`)),
                h("td", {}, d.approvals.missing.join(", ")),
                h("td", {}, time(d.updated_at)),
              );
            }),
          ),
        )
      : h("p", {}, "Nothing is waiting for sign-off."),
  );
}
