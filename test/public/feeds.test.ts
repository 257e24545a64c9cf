import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";
import { assertWellFormedXml } from "./xml";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const text = async (path: string) => (await hub.call("GET", path, undefined, { authorization: "" })).text;
const entries = (xml: string, tag: "entry" | "item") =>
  xml
    .split(`<${tag}>`)
    .slice(1)
    .map((e) => e.slice(0, e.indexOf(`</${tag}>`)));

describe("Atom feed", () => {
  it("has one entry per top-level incident with its link, dates and public updates as escaped HTML", async () => {
    const inc = await hub.declare({ title: "Login errors", message: "Some logins fail <sometimes> & retry helps." });
    hub.clock.advance(30 * 60_000);
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
      status: "resolved",
      message: "Logins work again.",
    });
    const atom = await text("/history.atom");
    assertWellFormedXml(atom);
    expect(atom).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(atom).toContain(
      '<link rel="self" type="application/atom+xml" href="https://status.example.com/history.atom"/>',
    );
    const [entry] = entries(atom, "entry");
    expect(entry).toContain(
      `<link rel="alternate" type="text/html" href="https://status.example.com/incidents/${inc.id}"/>`,
    );
    expect(entry).toContain("<published>2026-11-20T10:00:00.000Z</published>");
    expect(entry).toContain("<updated>2026-11-20T10:30:00.000Z</updated>");
    // The update text is HTML-escaped inside the HTML, which is XML-escaped inside the feed.
    expect(entry).toContain("Some logins fail &amp;lt;sometimes&amp;gt; &amp;amp; retry helps.");
    expect(entry).toContain("&lt;strong&gt;Resolved&lt;/strong&gt; (20 Nov 2026, 10:30 UTC): Logins work again.");
    expect(entry.indexOf("Logins work again.")).toBeLessThan(entry.indexOf("Some logins fail"));
    expect(atom).toContain("<updated>2026-11-20T10:30:00.000Z</updated><author>");
  });

  it("lists at most 25 entries, most recently updated first", async () => {
    const ids: string[] = [];
    for (let k = 0; k < 27; k++) {
      ids.push((await hub.declare({ title: `Incident ${k}` })).id);
      hub.clock.advance(60_000);
    }
    await hub.call("POST", `/api/v1/incidents/${ids[0]}/updates`, { status: "identified", message: "Found it." });
    const list = entries(await text("/history.atom"), "entry");
    expect(list).toHaveLength(25);
    expect(list[0]).toContain(ids[0]);
    expect(list[1]).toContain(ids[26]);
  });

  it("is valid and dated now when there are no incidents", async () => {
    const atom = await text("/history.atom");
    assertWellFormedXml(atom);
    expect(entries(atom, "entry")).toEqual([]);
    expect(atom).toContain("<updated>2026-11-20T10:00:00.000Z</updated>");
  });
});

describe("RSS feed", () => {
  it("has a well-formed channel with escaped items linking to the incident page", async () => {
    const inc = await hub.declare({ title: `Tom & Jerry's <"cache"> outage`, message: "Cache misses & slow pages." });
    const rss = await text("/history.rss");
    assertWellFormedXml(rss);
    expect(rss).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>');
    expect(rss).toContain("<lastBuildDate>Fri, 20 Nov 2026 10:00:00 GMT</lastBuildDate>");
    const [item] = entries(rss, "item");
    expect(item).toContain("<title>Tom &amp; Jerry&apos;s &lt;&quot;cache&quot;&gt; outage</title>");
    expect(item).toContain(`<guid isPermaLink="true">https://status.example.com/incidents/${inc.id}</guid>`);
    expect(item).toContain("<pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>");
    expect(item).toContain("Cache misses &amp;amp; slow pages.");
  });
});
