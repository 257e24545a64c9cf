import { v1 } from "../api";
import { h, mount, time } from "../dom";

interface DrillReport {
  title: string;
  severity: string;
  status: string;
  first_update: { at: string | null; minutes: number | null; deadline_minutes: number | null; on_time: boolean | null };
  updates: {
    update_id: string;
    kind: string;
    status: string;
    at: string;
    due_at: string | null;
    late_minutes: number;
  }[];
  approvals: {
    draft_id: string;
    kind: string;
    latency_minutes: number | null;
    deadline_at: string | null;
    late: boolean;
  }[];
  misses: { kind: string; detail: string; due_at: string | null; late_minutes: number | null }[];
  captures: { total: number; by_channel: Record<string, number> };
}
interface Capture {
  port: string;
  channel: string;
  action: string;
  recipient: string;
  subject: string | null;
  content: string;
  captured_at: string;
}

const rows = (caption: string, head: string[], body: (string | number)[][]) =>
  body.length
    ? h(
        "table",
        {},
        h("caption", {}, caption),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            head.map((t) => h("th", { scope: "col" }, t)),
          ),
        ),
        h(
          "tbody",
          {},
          body.map((r) =>
            h(
              "tr",
              {},
              r.map((c) => h("td", {}, String(c))),
            ),
          ),
        ),
      )
    : h("p", {}, `${caption}: none.`);
const mins = (m: number | null) => (m === null ? "–" : `${m} min`);

/** One drill measured against the policy, and everything it would have sent. */
export async function renderDrillReport(main: HTMLElement, id: string) {
  const [r, { captures }] = await Promise.all([
    v1<DrillReport>("GET", `/drills/${id}/report`),
    v1<{ captures: Capture[] }>("GET", `/drills/${id}/captures`),
  ]);
  const f = r.first_update;
  mount(
    main,
    h("h1", {}, `Drill report: ${r.title}`),
    h("p", {}, `${r.severity}, ${r.status}. `, h("a", { href: `#/incidents/${id}` }, "Open the drill's incident room")),
    h(
      "p",
      { class: f.on_time === false ? "late" : "" },
      `First update after ${mins(f.minutes)} (deadline ${mins(f.deadline_minutes)}): `,
      f.on_time === null ? "not measured" : f.on_time ? "on time" : "late",
    ),
    rows(
      "Misses",
      ["Miss", "Detail", "Due", "Late by"],
      r.misses.map((m) => [m.kind.replace(/_/g, " "), m.detail, time(m.due_at), mins(m.late_minutes)]),
    ),
    rows(
      "Updates against the cadence",
      ["Update", "Sent", "Due", "Late by"],
      r.updates.map((u) => [`${u.kind} (${u.status})`, time(u.at), time(u.due_at), mins(u.late_minutes)]),
    ),
    rows(
      "Sign-off latency",
      ["Draft", "Latency", "Deadline", "Late"],
      r.approvals.map((a) => [a.kind, mins(a.latency_minutes), time(a.deadline_at), a.late ? "yes" : "no"]),
    ),
    rows(
      `Captured sends (${r.captures.total})`,
      ["Port / channel", "Count"],
      Object.entries(r.captures.by_channel).map(([k, n]) => [k, n]),
    ),
    rows(
      "Captures",
      ["When", "Channel", "Action", "To", "Content"],
      captures.map((c) => [
        time(c.captured_at),
        `${c.port}/${c.channel}`,
        c.action,
        c.recipient,
        c.subject ?? c.content.slice(0, 120),
      ]),
    ),
  );
}
