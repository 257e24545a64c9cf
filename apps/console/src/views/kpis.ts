import { ApiError, v1 } from "../api";
import { h, mount } from "../dom";

const show = (v: unknown): string =>
  v === null || v === undefined ? "–" : typeof v === "object" ? JSON.stringify(v) : String(v);

/** KPIs from GET /api/v1/kpis when the hub offers them; a plain table of whatever figures it returns. */
export async function renderKpis(main: HTMLElement) {
  let kpis: Record<string, unknown>;
  try {
    kpis = await v1("GET", "/kpis");
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return mount(main, h("h1", {}, "KPIs"), h("p", {}, "This hub does not report KPIs yet (GET /api/v1/kpis)."));
    }
    throw e;
  }
  const rows = Object.entries(kpis).map(([k, v]) =>
    h("tr", {}, h("th", { scope: "row" }, k.replace(/_/g, " ")), h("td", {}, show(v))),
  );
  mount(
    main,
    h("h1", {}, "KPIs"),
    h("table", {}, h("caption", {}, "Figures"), h("tbody", {}, rows)),
    h("p", {}, h("a", { href: "/api/v1/kpis.csv" }, "Download CSV")),
  );
}
