import { ApiError, v1 } from "../api";
import { h } from "../dom";
import type { Incident } from "../types";

/**
 * POST-INCIDENT SUMMARY: the place for the summary of a resolved incident. Another change adds its
 * API; until the hub answers GET /incidents/{id}/summary, this panel says so instead of guessing.
 */
export async function summaryPanel(incident: Incident) {
  const section = (...children: (Node | string | null)[]) =>
    h(
      "section",
      { class: "card", "aria-labelledby": "summary-title" },
      h("h2", { id: "summary-title" }, "Post-incident summary"),
      ...children,
    );
  try {
    const summary = await v1<{ text?: string; message?: string }>("GET", `/incidents/${incident.id}/summary`);
    return section(h("pre", {}, summary.text ?? summary.message ?? JSON.stringify(summary, null, 2)));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) {
      return section(h("p", {}, "No post-incident summary yet (this hub may not offer the summary API)."));
    }
    throw e;
  }
}
