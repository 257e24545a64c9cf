type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * An element with the form-control fields the views read. (The Workers types in this project's
 * tsconfig redeclare `Element`, which makes the specific DOM element types unusable here.)
 */
export type El = HTMLElement & { value: string; checked: boolean; name: string };

/** Builds an element: `on*` attributes become listeners, `true` a bare attribute, null/false nothing. */
export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[] | Child[][])[]): El {
  const el = document.createElement(tag) as El;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "value" && "value" in el) (el as HTMLInputElement).value = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el: HTMLElement, children: (Child | Child[] | Child[][])[]) {
  for (const c of children.flat(2)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's content. */
export function mount(target: HTMLElement, ...children: (Child | Child[] | Child[][])[]) {
  target.replaceChildren();
  append(target, children);
}

/** A labelled form field: every control has a visible label (WCAG 1.3.1, 3.3.2). */
export function field(label: string, control: HTMLElement, hint?: string) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const hintEl = hint ? h("span", { class: "hint", id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: id }, label), control, hintEl);
}

/** Marks a control as a write action; read-only roles never get one (the browser test counts them). */
export const write = <T extends HTMLElement>(el: T): T => {
  el.dataset.write = "";
  return el;
};

export function toast(message: string, kind: "ok" | "error" = "ok") {
  const box = document.getElementById("toast");
  if (!box) return;
  box.className = kind;
  box.textContent = message;
}

export const time = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "–";
