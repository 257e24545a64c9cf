import { v1 } from "../api";
import { cadenceClock } from "../clock-view";
import { h, mount, time } from "../dom";
import { can } from "../session";
import type { Draft, Incident, TimelineEvent } from "../types";
import { incidentKpisPanel } from "./incident-kpis";
import { roomActions } from "./room-actions";
import { summaryPanel } from "./summary";

/** Tabs shared by the incident's views. */
export function incidentTabs(id: string, here: "room" | "helpdesk" | "outreach") {
  const tab = (key: typeof here, href: string, text: string) =>
    h("li", {}, h("a", { href, "aria-current": key === here ? "page" : null }, text));
  return h(
    "nav",
    { class: "tabs", "aria-label": "Incident views" },
    h(
      "ul",
      {},
      tab("room", `#/incidents/${id}`, "Room"),
      can("internal:read") ? tab("helpdesk", `#/incidents/${id}/helpdesk`, "Help desk") : null,
      can("internal:read") ? tab("outreach", `#/incidents/${id}/outreach`, "Outreach") : null,
    ),
  );
}

export function incidentHeader(incident: Incident) {
  return h(
    "header",
    { class: "incident-head" },
    h("h1", {}, h("span", { class: `sev ${incident.severity}` }, incident.severity), ` ${incident.title}`),
    h("p", {}, `Phase: ${incident.status} · impact ${incident.impact} · declared ${time(incident.declared_at)}`),
    cadenceClock(incident, "big"),
  );
}

const eventText = (e: TimelineEvent) =>
  [e.detail?.role ?? e.detail?.draftId, e.detail?.by, e.detail?.reason].filter(Boolean).join(" · ");

/** Public updates, internal notes and the draft/approval events, newest first, in one list. */
function timeline(incident: Incident, events: TimelineEvent[]) {
  const items = [
    ...incident.updates.map((u) => ({ at: u.created_at, kind: `Update · ${u.status}`, text: u.message })),
    ...(incident.internal_notes ?? []).map((n) => ({ at: n.created_at, kind: "Internal note", text: n.body })),
    ...events
      .filter((e) => !e.type.startsWith("incident."))
      .map((e) => ({ at: e.at, kind: e.type.replace(".", " "), text: eventText(e) })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return h(
    "section",
    { "aria-labelledby": "timeline-title" },
    h("h2", { id: "timeline-title" }, "Timeline"),
    h(
      "ol",
      { class: "timeline" },
      items.map((i) =>
        h("li", {}, h("time", { datetime: i.at }, time(i.at)), " ", h("strong", {}, i.kind), h("p", {}, i.text)),
      ),
    ),
  );
}

/** The incident room: header with the cadence clock, open drafts, actions, and the timeline. */
export async function renderRoom(main: HTMLElement, id: string) {
  const incident = await v1<Incident>("GET", `/incidents/${id}`);
  const events = can("internal:read")
    ? (await v1<{ events: TimelineEvent[] }>("GET", `/incidents/${id}/timeline`)).events
    : [];
  const draftIds = [...new Set(events.filter((e) => e.type === "draft.created").map((e) => e.detail?.draftId ?? ""))];
  const drafts = (await Promise.all(draftIds.map((d) => v1<Draft>("GET", `/drafts/${d}`)))).filter(
    (d) => d.status !== "published" && d.status !== "discarded",
  );
  mount(
    main,
    incidentHeader(incident),
    incidentTabs(id, "room"),
    drafts.length
      ? h(
          "section",
          { "aria-labelledby": "drafts-title" },
          h("h2", { id: "drafts-title" }, "Open drafts"),
          h(
            "ul",
            {},
            drafts.map((d) =>
              h(
                "li",
                {},
                h("a", { href: `#/drafts/${d.id}` }, `${d.phase} draft v${d.version}`),
                ` · ${d.status} · waiting for ${d.approvals.missing.join(", ") || "nobody"}`,
              ),
            ),
          ),
        )
      : null,
    roomActions(incident),
    incident.status === "resolved" ? summaryPanel(incident) : null,
    timeline(incident, events),
    await incidentKpisPanel(incident),
  );
}
