type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | undefined | ((event: Event) => void)>;

/**
 * Builds an element. Text always goes in as text nodes and attributes through setAttribute, so
 * nothing from the hub is ever parsed as HTML.
 */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.replace(/^on/, ""), value);
    else el.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children)
    if (child) el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  return el;
}

/** Only http(s) links are shown as links; anything else (javascript:, data:) becomes plain text. */
export const safeHref = (url: string): string | undefined => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};
