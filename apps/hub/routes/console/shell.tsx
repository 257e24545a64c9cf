/** The console's one HTML page; the script draws every view from /api/v1 with the session cookie. */
export function ConsoleShell(props: { pageName: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.pageName} console`}</title>
        <link rel="stylesheet" href="/console/app.css" />
        <script src="/console/app.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <span class="brand">{props.pageName} console</span>
          <nav id="nav" aria-label="Console" />
          <div id="who" />
        </header>
        <main id="main" tabindex={-1}>
          <p>Loading the console…</p>
        </main>
        <div id="toast" role="status" aria-live="polite" />
      </body>
    </html>
  );
}
