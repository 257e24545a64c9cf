import { v1 } from "../api";
import { field, h, mount } from "../dom";
import type { Finding } from "../highlight";
import type { Draft } from "../types";
import { findingsView } from "./draft-editor";

interface Preview {
  subject: string | null;
  text: string;
  sms: { segments: number; encoding: string; remaining: number } | null;
  findings: Finding[];
}

const channels = ["status_page", "email", "sms", "in_app", "social", "helpdesk"];
const locales = ["en", "fr", "de"];

/** Live preview of the draft on any channel and locale, rendered by the hub with the incident's data. */
export function previewPanel(draft: Draft) {
  const channel = h(
    "select",
    { name: "channel" },
    channels.map((c) => h("option", { value: c }, c.replace("_", " "))),
  );
  const locale = h(
    "select",
    { name: "locale" },
    locales.map((l) => h("option", { value: l, selected: l === draft.locales[0] }, l)),
  );
  const out = h("div", { class: "preview", "aria-live": "polite" });
  let text = draft.message;
  const show = async () => {
    if (channel.value === "status_page") return mount(out, h("pre", {}, text));
    const p = await v1<Preview>("POST", `/incidents/${draft.incident_id}/preview`, {
      kind: draft.kind,
      channel: channel.value,
      locale: locale.value,
      variables: draft.variables,
    });
    mount(
      out,
      p.subject ? h("p", {}, h("strong", {}, "Subject: "), p.subject) : null,
      h("pre", {}, p.text),
      p.sms
        ? h("p", { class: "hint" }, `${p.sms.segments} SMS segment(s), ${p.sms.encoding}, ${p.sms.remaining} left`)
        : null,
      p.findings.length ? findingsView(p.text, p.findings) : null,
    );
  };
  channel.addEventListener("change", () => void show());
  locale.addEventListener("change", () => void show());
  void show();
  const panel = h(
    "section",
    { class: "card", "aria-labelledby": "preview-title" },
    h("h2", { id: "preview-title" }, "Preview"),
    h("div", { class: "row" }, field("Channel", channel), field("Locale", locale)),
    out,
  );
  return {
    panel,
    setText(t: string) {
      text = t;
      if (channel.value === "status_page") void show();
    },
  };
}

/** What changed between two versions of the draft. */
export async function diffPanel(draft: Draft) {
  if (draft.version < 2) return null;
  const { diff } = await v1<{ diff: { op: string; text: string }[] }>(
    "GET",
    `/drafts/${draft.id}/diff?from=${draft.version - 1}&to=${draft.version}`,
  );
  return h(
    "section",
    { class: "card", "aria-labelledby": "diff-title" },
    h("h2", { id: "diff-title" }, `Changes from version ${draft.version - 1} to ${draft.version}`),
    h(
      "pre",
      { class: "diff" },
      diff.map((d: { op: string; text: string }) =>
        d.op === "same" ? d.text : h(d.op === "added" ? "ins" : "del", {}, `${d.op === "added" ? "+" : "−"}${d.text}`),
      ),
    ),
  );
}
