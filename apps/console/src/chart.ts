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
