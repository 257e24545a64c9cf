import uPlot from "uplot";
import { h } from "./dom";

/**
 * The linked-ticket curve (tickets per bucket) with a dashed marker at each public update, so a
 * surge can be read against what customers were told and when.
 */
export function ticketChart(curve: { at: string; count: number }[], updates: { at: string; phase: string }[]) {
  const box = h("div", {
    class: "chart",
    role: "img",
    "aria-label": `Linked tickets over time: ${curve.length} points, ${updates.length} updates`,
  });
  const xs = curve.map((p) => Date.parse(p.at) / 1000);
  const marks = updates.map((u) => Date.parse(u.at) / 1000);
  const drawUpdates = (u: uPlot) => {
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = "#7a2e00";
    ctx.setLineDash([6, 4]);
    for (const t of marks) {
      const x = Math.round(u.valToPos(t, "x", true));
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
    }
    ctx.restore();
  };
  const all = [...xs, ...marks];
  const opts: uPlot.Options = {
    width: 640,
    height: 240,
    scales: { x: { time: true, range: () => [Math.min(...all) - 300, Math.max(...all) + 300] } },
    series: [{}, { label: "Linked tickets", stroke: "#0b5cad", width: 2, fill: "rgba(11,92,173,0.12)" }],
    hooks: { draw: [drawUpdates] },
  };
  // uPlot measures the element, so it is created once the box is in the document.
  requestAnimationFrame(() => new uPlot(opts, [xs, curve.map((p) => p.count)], box));
  return box;
}

/** Time to first update against the policy deadline, one point per incident in the period, oldest first. */
export function kpiChart(
  incidents: {
    severity: string;
    declared_at: string;
    first_update: { minutes: number | null; deadline_minutes: number | null };
  }[],
) {
  const sorted = [...incidents].sort((a, b) => Date.parse(a.declared_at) - Date.parse(b.declared_at));
  const box = h("div", {
    class: "chart",
    role: "img",
    "aria-label": `Minutes to first update against the deadline for ${sorted.length} incident(s); the table below has the figures`,
  });
  // One slot per incident, oldest first: incidents cluster in time, so a time axis would squash them together.
  const data: uPlot.AlignedData = [
    sorted.map((_, i) => i + 1),
    sorted.map((k) => k.first_update.minutes),
    sorted.map((k) => k.first_update.deadline_minutes),
  ];
  const opts: uPlot.Options = {
    width: 640,
    height: 240,
    scales: { x: { time: false, range: [0.5, sorted.length + 0.5] }, y: { range: (_u, _min, max) => [0, max + 5] } },
    axes: [{ incrs: [1], values: (_u, splits) => splits.map((s) => sorted[s - 1]?.severity ?? "") }, {}],
    series: [
      { label: "Incident" },
      { label: "Minutes to first update", stroke: "#0b5cad", width: 2, points: { size: 8 } },
      { label: "Policy deadline", stroke: "#b00020", dash: [6, 4], width: 2, points: { size: 8 } },
    ],
  };
  requestAnimationFrame(() => new uPlot(opts, data, box));
  return box;
}
