import { h, safeHref } from "./dom";
import { clock, isPast, languageName, relative, when } from "./format";
import { t } from "./i18n";
import type { IncidentContext, Phase, Severity } from "./types";

/** What the agent can do on a card, and what the card shows while it happens. */
export interface CardActions {
  link(incident: IncidentContext): void;
  unlink(incident: IncidentContext): void;
  insertReply(incident: IncidentContext): void;
  busy: ReadonlySet<string>;
  notices: ReadonlyMap<string, { tone: "ok" | "error"; text: string }>;
}

const severityLabel: Record<Severity, () => string> = {
  P1: () => t("severity.P1"),
  P2: () => t("severity.P2"),
  P3: () => t("severity.P3"),
  P4: () => t("severity.P4"),
};
const phaseLabel: Record<Phase, () => string> = {
  investigating: () => t("phase.investigating"),
  identified: () => t("phase.identified"),
  monitoring: () => t("phase.monitoring"),
  resolved: () => t("phase.resolved"),
};
const linkLabel = {
  linked: () => t("sidebar.linked"),
  suggested: () => t("sidebar.suggested"),
  unlinked: () => t("sidebar.not_linked"),
};

const badges = (i: IncidentContext) =>
  h(
    "div",
    { class: "badges" },
    h(
      "span",
      { class: `sev sev-${i.severity.toLowerCase()}`, "data-severity": i.severity },
      `${i.severity} · ${severityLabel[i.severity]?.() ?? ""}`,
    ),
    h("span", { class: `phase phase-${i.phase}` }, phaseLabel[i.phase]?.() ?? i.phase),
    h("span", { class: `link-state link-${i.link.state}`, "data-link-state": i.link.state }, linkLabel[i.link.state]()),
  );

const provenance = (i: IncidentContext) => {
  if (i.link.state !== "linked") return null;
  const who =
    i.link.mode === "manual" && i.link.linkedBy
      ? t("sidebar.linked_by", { who: i.link.linkedBy })
      : t("sidebar.linked_auto");
  return h("p", { class: "meta" }, i.link.linkedAt ? `${who} · ${clock(i.link.linkedAt)}` : who);
};

const reasons = (i: IncidentContext) =>
  i.link.reasons.length === 0
    ? null
    : h(
        "div",
        { class: "reasons" },
        h("span", { class: "label" }, t("sidebar.why")),
        h("ul", {}, ...i.link.reasons.map((r) => h("li", {}, r))),
      );

const autoClose = (i: IncidentContext) => {
  const a = i.autoClose;
  if (!a) return null;
  const text =
    a.state === "will_solve"
      ? t("sidebar.will_solve")
      : a.state === "solved"
        ? t("sidebar.solved")
        : a.reason
          ? t("sidebar.kept_open", { reason: a.reason })
          : t("sidebar.kept_open_plain");
  return h("p", { class: `notice notice-${a.state}`, role: "status" }, text);
};

const latest = (i: IncidentContext) =>
  h(
    "section",
    { class: "update" },
    h(
      "span",
      { class: "label" },
      t("sidebar.latest_update"),
      i.latestUpdate ? h("span", { class: "muted" }, ` · ${relative(i.latestUpdate.at)}`) : null,
    ),
    i.latestUpdate
      ? h("p", { class: "quote" }, i.latestUpdate.body)
      : h("p", { class: "muted" }, t("sidebar.no_update")),
  );

const nextDue = (i: IncidentContext) => {
  if (!i.nextUpdateDueAt || i.phase === "resolved") return null;
  const overdue = isPast(i.nextUpdateDueAt);
  const text = overdue
    ? t("sidebar.next_update_overdue", { time: clock(i.nextUpdateDueAt) })
    : t("sidebar.next_update", { time: when(i.nextUpdateDueAt) });
  return h("p", { class: overdue ? "due overdue" : "due" }, text);
};

const reply = (i: IncidentContext, a: CardActions) =>
  !i.reply
    ? null
    : h(
        "section",
        { class: "reply" },
        h("span", { class: "label" }, t("sidebar.reply_in", { language: languageName(i.reply.locale) })),
        h("p", { class: "reply-text" }, i.reply.text),
        h(
          "button",
          { class: "btn primary", type: "button", "data-action": "insert", onclick: () => a.insertReply(i) },
          t("sidebar.insert_reply"),
        ),
      );

const footer = (i: IncidentContext, a: CardActions) => {
  const href = safeHref(i.url);
  const busy = a.busy.has(i.id);
  // The hub links tickets to open incidents only, so a resolved one offers no Link.
  const toggle =
    i.link.state === "linked"
      ? h(
          "button",
          { class: "btn quiet", type: "button", "data-action": "unlink", disabled: busy, onclick: () => a.unlink(i) },
          t("sidebar.unlink"),
        )
      : i.phase === "resolved"
        ? null
        : h(
            "button",
            { class: "btn", type: "button", "data-action": "link", disabled: busy, onclick: () => a.link(i) },
            t("sidebar.link"),
          );
  return h(
    "div",
    { class: "footer" },
    href
      ? h(
          "a",
          { class: "status-link", href, target: "_blank", rel: "noopener noreferrer" },
          `${t("sidebar.status_page")} ↗`,
        )
      : h("span", {}),
    toggle,
  );
};

/** One incident: what it is, why it matched, what customers were told, and the agent's actions. */
export function incidentCard(i: IncidentContext, a: CardActions): HTMLElement {
  const notice = a.notices.get(i.id);
  return h(
    "article",
    {
      class: `card card-${i.severity.toLowerCase()}`,
      "data-incident": i.id,
      "aria-busy": a.busy.has(i.id) ? "true" : undefined,
    },
    badges(i),
    h("h2", { class: "title" }, i.title),
    provenance(i),
    autoClose(i),
    reasons(i),
    latest(i),
    nextDue(i),
    reply(i, a),
    notice ? h("p", { class: `toast toast-${notice.tone}`, role: "status" }, notice.text) : null,
    footer(i, a),
  );
}
