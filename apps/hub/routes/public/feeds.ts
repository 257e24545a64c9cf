import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import type { RevisionCache } from "#apps/hub/http/revision-cache";
import type { Services } from "#apps/hub/services";
import { formatTime, phaseLabel } from "#apps/hub/views/format";
import type { PageConfig } from "#apps/hub/wiring/page";
import type { Incident } from "#core/incidents/model";
import { escapeHtml, escapeXml } from "#core/shared/encoding";
import { foldSubIssues } from "#core/status/snapshot";

const entries = 25;

/**
 * The incident's public updates as HTML (escaped once more by the caller to sit in the XML), in the page's time zone.
 */
function updatesHtml(i: Incident, timeZone: string): string {
  return i.updates
    .map(
      (u) =>
        `<p><strong>${phaseLabel[u.phase]}</strong> (${escapeHtml(formatTime(u.displayAt, timeZone))}): ${escapeHtml(u.body)}</p>`,
    )
    .join("");
}

const latestUpdate = (incidents: Incident[], empty: Date) =>
  incidents.length ? new Date(Math.max(...incidents.map((i) => i.updatedAt.getTime()))) : empty;

/** `incidents` newest first; `now` dates an empty feed. */
export function atomFeed(page: PageConfig, incidents: Incident[], now: Date): string {
  const updated = latestUpdate(incidents, now);
  const items = incidents.map(
    (i) =>
      `<entry><id>${escapeXml(`${page.url}/incidents/${i.id}`)}</id><title>${escapeXml(i.title)}</title>` +
      `<link rel="alternate" type="text/html" href="${escapeXml(`${page.url}/incidents/${i.id}`)}"/><published>${i.declaredAt.toISOString()}</published>` +
      `<updated>${i.updatedAt.toISOString()}</updated><content type="html">${escapeXml(updatesHtml(i, page.timeZone))}</content></entry>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><id>${escapeXml(`${page.url}/history`)}</id>` +
    `<title>${escapeXml(`${page.name} history`)}</title><link rel="alternate" type="text/html" href="${escapeXml(page.url)}"/>` +
    `<link rel="self" type="application/atom+xml" href="${escapeXml(`${page.url}/history.atom`)}"/><updated>${updated.toISOString()}</updated>` +
    `<author><name>${escapeXml(page.name)}</name></author>${items.join("")}</feed>`
  );
}

export function rssFeed(page: PageConfig, incidents: Incident[], now: Date): string {
  const built = latestUpdate(incidents, now);
  const items = incidents.map(
    (i) =>
      `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(`${page.url}/incidents/${i.id}`)}</link>` +
      `<guid isPermaLink="true">${escapeXml(`${page.url}/incidents/${i.id}`)}</guid><pubDate>${i.updatedAt.toUTCString()}</pubDate>` +
      `<description>${escapeXml(updatesHtml(i, page.timeZone))}</description></item>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${escapeXml(`${page.name} history`)}</title>` +
    `<link>${escapeXml(page.url)}</link><description>${escapeXml(`Incident history for ${page.name}`)}</description><language>en</language>` +
    `<atom:link rel="self" type="application/rss+xml" href="${escapeXml(`${page.url}/history.rss`)}"/><lastBuildDate>${built.toUTCString()}</lastBuildDate>${items.join("")}</channel></rss>`
  );
}

/** `/history.atom` and `/history.rss`: recent top-level incidents, newest first. */
export function historyFeeds(cache: RevisionCache) {
  const app = new Hono<HonoEnv>();
  const recent = async (s: Services) =>
    foldSubIssues(await s.store.listIncidents({ limit: 200 }))
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
      .slice(0, entries);
  const feed = (path: string, contentType: string, render: typeof atomFeed) =>
    app.get(path, (c) => {
      const s = c.get("services");
      // Open CORS, as on the JSON API: feeds are public and browser-based readers fetch them cross-origin.
      c.header("Access-Control-Allow-Origin", "*");
      c.header("Access-Control-Expose-Headers", "ETag");
      return cache(c, {
        key: path,
        contentType,
        maxAge: 60,
        build: async () => render(s.page, await recent(s), s.clock.now()),
      });
    });
  feed("/history.atom", "application/atom+xml; charset=utf-8", atomFeed);
  feed("/history.rss", "application/rss+xml; charset=utf-8", rssFeed);
  return app;
}
