import type { Child } from "hono/jsx";
import type { PageConfig } from "../wiring/page";
import { styles } from "./styles";

/** The page shell: landmarks, a skip link, feed links, and inline CSS (no external assets). */
export function Layout(props: { page: PageConfig; title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${props.page.name} history (Atom)`}
          href="/history.atom"
        />
        <link
          rel="alternate"
          type="application/rss+xml"
          title={`${props.page.name} history (RSS)`}
          href="/history.rss"
        />
        <style>{styles}</style>
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <a href="/" class="brand">
            {props.page.name}
          </a>
        </header>
        <main id="main">{props.children}</main>
        <footer>
          <p>
            Follow along: <a href="/history.atom">Atom feed</a> · <a href="/history.rss">RSS feed</a> ·{" "}
            <a href="/api/v2/summary.json">JSON API</a>
          </p>
          <p>Times are shown in {props.page.timeZone}.</p>
        </footer>
      </body>
    </html>
  );
}
