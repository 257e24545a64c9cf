import { createHubClient, type HubClient, HubError } from "./hub";
import { setLocale, t } from "./i18n";
import type { IncidentContext } from "./types";
import { render, type ViewState } from "./view";
import type { ZafClient } from "./zaf";

const REFRESH_MS = 60_000;
const TICKET_FIELDS = [
  "ticket.id",
  "ticket.requester.locale",
  "ticket.organization",
  "currentUser.locale",
  "currentUser.name",
];

interface Ticket {
  id: string;
  requesterLocale: string | null;
  organization: string | null;
  agent: string | null;
}

/** Wires one sidebar instance: reads the ticket, asks the hub, renders, and handles the agent's clicks. */
async function start(client: ZafClient, root: HTMLElement): Promise<void> {
  let state: ViewState = { kind: "loading" };
  let hub: HubClient | null = null;
  let ticket: Ticket | null = null;
  const busy = new Set<string>();
  const notices = new Map<string, { tone: "ok" | "error"; text: string }>();
  // Incidents the agent unlinked here stay on screen as "not linked", so one click links them back.
  const unlinked = new Map<string, IncidentContext>();

  const draw = () =>
    render(root, state, {
      busy,
      notices,
      retry: () => void load("visible"),
      link: (i) => void toggle(i, "link"),
      unlink: (i) => void toggle(i, "unlink"),
      insertReply: (i) => void insert(i),
    });
  const show = (next: ViewState) => {
    state = next;
    draw();
  };
  const failure = (err: unknown): ViewState => ({
    kind: "error",
    reason: err instanceof HubError ? err.kind : "unreachable",
  });

  /** Loads the ticket's context. A background refresh keeps what is on screen if the hub fails. */
  async function load(mode: "visible" | "quiet" | "background" = "visible"): Promise<void> {
    if (!hub || !ticket) return;
    if (mode === "visible") show({ kind: "loading" });
    try {
      const context = await hub.context(ticket.id, ticket.requesterLocale);
      const shown = new Set(context.incidents.map((i) => i.id));
      for (const id of shown) unlinked.delete(id);
      show({
        kind: "ready",
        account: context.account,
        organization: ticket.organization,
        incidents: [...context.incidents, ...unlinked.values()],
      });
    } catch (err) {
      if (mode !== "background" || state.kind !== "ready") show(failure(err));
    }
  }

  async function toggle(incident: IncidentContext, action: "link" | "unlink"): Promise<void> {
    if (!hub || !ticket || busy.has(incident.id)) return;
    busy.add(incident.id);
    notices.delete(incident.id);
    draw();
    try {
      if (action === "link") await hub.link(ticket.id, incident.id, ticket.agent);
      else {
        await hub.unlink(ticket.id, incident.id, ticket.agent);
        unlinked.set(incident.id, {
          ...incident,
          link: { ...incident.link, state: "unlinked", mode: null, linkedBy: null, linkedAt: null },
        });
      }
    } catch {
      notices.set(incident.id, { tone: "error", text: t("sidebar.action_failed") });
    }
    busy.delete(incident.id);
    await load("quiet");
  }

  async function insert(incident: IncidentContext): Promise<void> {
    if (!incident.reply) return;
    try {
      await client.invoke("ticket.comment.appendText", incident.reply.text);
      notices.set(incident.id, { tone: "ok", text: t("sidebar.reply_inserted") });
    } catch {
      notices.set(incident.id, { tone: "error", text: t("sidebar.action_failed") });
    }
    draw();
  }

  new ResizeObserver(
    () =>
      void client.invoke("resize", {
        width: "100%",
        height: `${Math.ceil(root.getBoundingClientRect().height) + 16}px`,
      }),
  ).observe(root);
  draw();
  try {
    const [data, metadata] = await Promise.all([client.get(TICKET_FIELDS), client.metadata()]);
    setLocale(data["currentUser.locale"]);
    const requesterLocale =
      typeof data["ticket.requester.locale"] === "string"
        ? data["ticket.requester.locale"].toLowerCase().split(/[-_]/)[0]!
        : null;
    const organization = (data["ticket.organization"] as { name?: string } | null | undefined)?.name ?? null;
    if (data["ticket.id"] === undefined || data["ticket.id"] === null)
      return show({ kind: "ready", account: null, organization, incidents: [] });
    const agent =
      typeof data["currentUser.name"] === "string" && data["currentUser.name"] ? data["currentUser.name"] : null;
    ticket = { id: String(data["ticket.id"]), requesterLocale, organization, agent };
    const hubUrl = metadata.settings.hub_url;
    if (typeof hubUrl !== "string" || !/^https?:\/\//.test(hubUrl)) return show({ kind: "not_configured" });
    hub = createHubClient(client, hubUrl);
  } catch (err) {
    return show(failure(err));
  }
  await load();
  // Times and phases move while an agent works a ticket; refresh quietly while the sidebar is seen.
  setInterval(() => {
    if (document.visibilityState === "visible" && busy.size === 0) void load("background");
  }, REFRESH_MS);
}

const root = document.getElementById("app");
const client = globalThis.ZAFClient?.init();
if (root && client) void start(client, root);
