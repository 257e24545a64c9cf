import { ApiError } from "./api";
import { h, mount, toast } from "./dom";
import { can, current, loadSession, renderSignIn, signOut, whoText } from "./session";
import { renderApprovals } from "./views/approvals";
import { renderCandidates } from "./views/candidates";
import { renderDashboard } from "./views/dashboard";
import { renderDraft } from "./views/draft";
import { renderDrillReport } from "./views/drill-report";
import { renderDrills } from "./views/drills";
import { renderHelpdesk } from "./views/helpdesk";
import { renderIncidents } from "./views/incidents";
import { renderKpis } from "./views/kpis";
import { renderOutreach } from "./views/outreach";
import { renderRoom } from "./views/room";

type View = (main: HTMLElement, ...params: string[]) => Promise<void>;
const routes: [RegExp, View][] = [
  [/^#\/incidents\/([\w-]+)\/helpdesk$/, renderHelpdesk],
  [/^#\/incidents\/([\w-]+)\/outreach$/, renderOutreach],
  [/^#\/incidents\/([\w-]+)$/, renderRoom],
  [/^#\/drafts\/([\w-]+)$/, renderDraft],
  [/^#\/approvals$/, renderApprovals],
  [/^#\/candidates$/, renderCandidates],
  [/^#\/dashboard$/, renderDashboard],
  [/^#\/kpis$/, renderKpis],
  [/^#\/drills\/([\w-]+)$/, renderDrillReport],
  [/^#\/drills$/, renderDrills],
  [/^#\/incidents$/, renderIncidents],
];

const main = () => document.getElementById("main")!;
/** Read-only roles land on the dashboard; the people who operate land on the incident list. */
const home = () => (can("incidents:update") ? "#/incidents" : "#/dashboard");

function renderChrome() {
  const me = current();
  const nav = document.getElementById("nav")!;
  const who = document.getElementById("who")!;
  if (!me) {
    mount(nav);
    mount(who);
    return;
  }
  const links: [string, string][] = [
    ["#/incidents", "Incidents"],
    ["#/dashboard", "Dashboard"],
    ...(me.approves.length ? ([["#/approvals", "Approvals"]] as [string, string][]) : []),
    ["#/kpis", "KPIs"],
    ...(can("internal:read") ? ([["#/candidates", "Candidates"]] as [string, string][]) : []),
    ...(can("internal:read") ? ([["#/drills", "Drills"]] as [string, string][]) : []),
  ];
  const here = location.hash.split("/").slice(0, 2).join("/");
  mount(
    nav,
    h(
      "ul",
      {},
      links.map(([href, text]) => h("li", {}, h("a", { href, "aria-current": here === href ? "page" : null }, text))),
    ),
  );
  const button = h("button", { type: "button", class: "link" }, "Sign out");
  button.addEventListener("click", async () => {
    await signOut();
    await route();
  });
  mount(who, h("span", {}, whoText(me)), " ", button);
}

let latest = 0;

/**
 * Draws the view the hash names. Each view draws into a fresh box that replaces the page's content
 * only if no later navigation started meanwhile, so a slow view never paints over a newer one.
 */
async function route(): Promise<void> {
  const turn = ++latest;
  if (!current()) {
    renderChrome();
    return renderSignIn(main(), () => {
      location.hash = home();
      void route();
    });
  }
  if (!location.hash || location.hash === "#/") location.hash = home();
  renderChrome();
  const found = routes.find(([pattern]) => pattern.test(location.hash));
  const [pattern, view] = found ?? [/^/, renderIncidents];
  const target = h("div", { class: "view" });
  try {
    await view(target, ...(pattern.exec(location.hash)?.slice(1) ?? []));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      await loadSession();
      return turn === latest ? route() : undefined;
    }
    mount(target, h("p", { class: "error", role: "alert" }, e instanceof Error ? e.message : String(e)));
  }
  if (turn !== latest) return;
  mount(main(), target);
  main().focus({ preventScroll: true });
}

window.addEventListener("hashchange", () => void route());
window.addEventListener("DOMContentLoaded", async () => {
  await loadSession().catch((e) => toast(String(e), "error"));
  await route();
});
