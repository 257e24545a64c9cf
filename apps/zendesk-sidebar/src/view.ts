import { type CardActions, incidentCard } from "./card";
import { h } from "./dom";
import { t } from "./i18n";
import type { IncidentContext, TicketContext } from "./types";

/** Everything the sidebar can be showing. */
export type ViewState =
  | { kind: "loading" }
  | { kind: "not_configured" }
  | { kind: "error"; reason: "unreachable" | "unauthorized" | "rejected" }
  | { kind: "ready"; account: TicketContext["account"]; organization: string | null; incidents: IncidentContext[] };

const header = () => h("header", { class: "brand" }, h("span", { class: "mark", "aria-hidden": "true" }), "Liaison");

// Shown only when the hub knows the account; named as Zendesk names the organization on the ticket.
const account = (a: TicketContext["account"], organization: string | null) => {
  if (!a) return null;
  const name = organization ?? a.name;
  return h(
    "section",
    { class: "account", "data-account": "" },
    h("span", { class: "label" }, t("sidebar.account")),
    h(
      "p",
      { class: "account-name" },
      name,
      a.tier ? h("span", { class: "tier" }, `${t("sidebar.tier")} `, h("span", { class: "tier-value" }, a.tier)) : null,
    ),
    a.csm
      ? h(
          "p",
          { class: "meta" },
          `${t("sidebar.csm")}: `,
          a.csm.email ? h("a", { href: `mailto:${a.csm.email}` }, a.csm.name) : a.csm.name,
        )
      : null,
  );
};

const message = (tone: string, title: string, body?: string, retry?: () => void) =>
  h(
    "section",
    { class: `state state-${tone}`, role: tone === "error" ? "alert" : "status", "data-state": tone },
    tone === "loading" ? h("span", { class: "spinner", "aria-hidden": "true" }) : null,
    h("p", { class: "state-title" }, title),
    body ? h("p", { class: "muted" }, body) : null,
    retry
      ? h("button", { class: "btn quiet", type: "button", "data-action": "retry", onclick: retry }, t("sidebar.retry"))
      : null,
  );

/** Replaces the sidebar's content with the given state. */
export function render(root: HTMLElement, state: ViewState, actions: CardActions & { retry(): void }): void {
  const body = (() => {
    switch (state.kind) {
      case "loading":
        return [message("loading", t("sidebar.loading"))];
      case "not_configured":
        return [message("error", t("sidebar.not_configured"))];
      case "error":
        return [
          message(
            "error",
            t("sidebar.error_title"),
            state.reason === "unauthorized" ? t("sidebar.error_token") : t("sidebar.error_body"),
            actions.retry,
          ),
        ];
      case "ready":
        return [
          account(state.account, state.organization),
          ...(state.incidents.length === 0
            ? [message("empty", t("sidebar.empty_title"), t("sidebar.empty_body"))]
            : state.incidents.map((i) => incidentCard(i, actions))),
        ];
    }
  })();
  root.replaceChildren(header(), ...body.filter((n): n is HTMLElement => n !== null));
}
