import { clockState, formatRemaining } from "./clock";
import { h, mount, time } from "./dom";
import { hubNow } from "./session";

type Cadence = Parameters<typeof clockState>[0];
const live = new WeakMap<HTMLElement, Cadence>();

function paint(el: HTMLElement, incident: Cadence) {
  const s = clockState(incident, hubNow());
  el.classList.toggle("late", s.late);
  el.classList.toggle("extended", s.extended);
  mount(
    el,
    h("span", { class: "clock-label" }, s.label),
    " ",
    h("strong", {}, s.due ? formatRemaining(s.remainingMs) : "–"),
    s.due ? h("span", { class: "clock-due" }, ` (${time(s.due)})`) : null,
    s.late ? h("span", { class: "flag" }, " LATE") : null,
    s.extended ? h("span", { class: "flag" }, " Extended outage: 15-minute cadence, executives informed") : null,
  );
}

/** The cadence clock for an incident; it repaints itself every few seconds and turns red when late. */
export function cadenceClock(incident: Cadence, extraClass = "") {
  const el = h("p", { class: `clock ${extraClass}`.trim(), role: "timer", "aria-live": "off" });
  live.set(el, incident);
  paint(el, incident);
  return el;
}

setInterval(() => {
  for (const el of document.querySelectorAll<HTMLElement>(".clock")) {
    const incident = live.get(el);
    if (incident) paint(el, incident);
  }
}, 5000);
