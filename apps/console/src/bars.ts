import uPlot from "uplot";
import { h } from "./dom";

/**
 * A small bar chart, one bar per label. The figure's caption and its text alternative (every label
 * with its value) say the same as the bars, so nothing depends on seeing the canvas.
 */
export function barChart(title: string, bars: [string, number | null][], unit = "") {
  const said = bars.map(([l, v]) => `${l} ${v === null ? "no data" : `${Math.round(v * 10) / 10}${unit}`}`).join(", ");
  const box = h("div", { class: "chart mini", role: "img", "aria-label": `${title}: ${said}` });
  const values = bars.map(([, v]) => v);
  const opts: uPlot.Options = {
    width: 320,
    height: 180,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [0.5, bars.length + 0.5] },
      y: { range: (_u, _min, max) => [0, Math.max(max ?? 0, 1) * 1.15] },
    },
    axes: [{ incrs: [1], values: (_u, splits) => splits.map((s) => bars[s - 1]?.[0] ?? "") }, { size: 44 }],
    series: [
      {},
      {
        label: title,
        stroke: "#0b5cad",
        fill: "rgba(11,92,173,0.55)",
        paths: uPlot.paths.bars!({ size: [0.6, 56] }),
        points: { show: false },
      },
    ],
  };
  requestAnimationFrame(() => new uPlot(opts, [bars.map((_, i) => i + 1), values], box));
  return h("figure", { class: "mini-chart" }, h("figcaption", {}, title), box);
}
