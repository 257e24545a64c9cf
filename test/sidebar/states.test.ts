import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildSidebar, launchChromium, openTicket } from "./browser";
import { startStandInHub } from "./stand-in-hub";
import { installZendesk } from "./zendesk-host";

// States a live hub reaches only at the end of an incident's life, or never (a hostile payload),
// answered by the stand-in so each can be shown on demand.
let browser: Browser;
let assetsDir: string;
let hub: Awaited<ReturnType<typeof startStandInHub>>;
let page: Page | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  assetsDir = await buildSidebar();
  hub = await startStandInHub();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});
afterEach(async () => {
  await page?.close();
  hub.scenario.answer = null;
});

const show = async (body: unknown, status = 200, agentLocale = "en-US") => {
  hub.scenario.answer = { status, body };
  const zendesk = await openTicket(browser, {
    assetsDir,
    hubUrl: hub.baseUrl,
    apiToken: hub.agentToken,
    ticketId: hub.ticketId,
    agentLocale,
  });
  page = zendesk.page;
  return zendesk.app();
};
const contextWith = (incident: object) => ({ ticketId: hub.ticketId, incidents: [incident], account: null });

describe("sidebar states", () => {
  it("says a resolved incident's ticket will be solved, was solved, or stays open and why", async () => {
    const resolved = { ...hub.incident("en"), phase: "resolved" };
    let app = await show(contextWith({ ...resolved, autoClose: { state: "will_solve", reason: null } }));
    expect(await app.locator(".notice").textContent()).toBe(
      "Resolved. This ticket will be solved automatically with the approved message.",
    );
    expect(await app.locator(".due").count()).toBe(0);
    await page!.close();
    app = await show(contextWith({ ...resolved, link: { ...resolved.link, state: "suggested" }, autoClose: null }));
    await app.locator(".card").waitFor();
    expect(await app.locator('[data-action="link"]').count()).toBe(0);
    await page!.close();
    app = await show(
      contextWith({ ...resolved, autoClose: { state: "kept_open", reason: "the customer replied after the link" } }),
    );
    expect(await app.locator(".notice").textContent()).toBe(
      "Resolved, but this ticket stays open: the customer replied after the link",
    );
  });

  it("shows a clear empty state, and a refused token as such", async () => {
    let app = await show({
      ticketId: hub.ticketId,
      incidents: [],
      account: { name: "crm-acme", tier: "enterprise", csm: { name: "Dana Whitfield", email: "dana@example.com" } },
    });
    expect(await app.locator('[data-state="empty"]').textContent()).toContain("No known incident");
    expect(await app.locator("[data-account]").textContent()).toBe(
      "AccountAcme CorpTier enterpriseCSM: Dana Whitfield",
    );
    expect(await app.locator("[data-account] a").getAttribute("href")).toBe("mailto:dana@example.com");
    await page!.close();
    app = await show({ title: "Unauthorized" }, 401);
    expect(await app.locator('[data-state="error"]').textContent()).toContain("did not accept the app's API token");
  });

  it("offers Link on a suggestion, and speaks the agent's language", async () => {
    const app = await show(
      contextWith({
        ...hub.incident("en"),
        link: {
          state: "suggested",
          mode: null,
          linkedBy: null,
          linkedAt: null,
          score: 0.7,
          reasons: ["erwähnt Checkout"],
        },
      }),
      200,
      "de-DE",
    );
    expect(await app.locator("[data-link-state]").textContent()).toBe("Vorgeschlagen");
    expect(await app.locator('[data-action="link"]').textContent()).toBe("Mit diesem Ticket verknüpfen");
    expect(await app.locator("[data-severity]").textContent()).toBe("P1 · Kritisch");
  });

  it("refreshes quietly every minute, and keeps what it shows when a refresh fails", async () => {
    const first = { ...hub.incident("en"), title: "Card payments failing" };
    hub.scenario.answer = { status: 200, body: contextWith(first) };
    page = await browser.newPage();
    await page.clock.install();
    const zendesk = await installZendesk(page, {
      assetsDir,
      apiToken: hub.agentToken,
      domainWhitelist: ["127.0.0.1"],
      ticket: { id: 1, requesterLocale: "en", agentLocale: "en", organization: null, hubUrl: hub.baseUrl },
    });
    await zendesk.open();
    const title = zendesk.app().locator(".title");
    await title.waitFor();
    expect(await title.textContent()).toBe("Card payments failing");
    hub.scenario.answer = { status: 200, body: contextWith({ ...first, title: "Card payments failing in Europe" }) };
    await page.clock.runFor(61_000);
    await expect.poll(() => title.textContent()).toBe("Card payments failing in Europe");
    hub.scenario.answer = { status: 503, body: { title: "down" } };
    const calls = zendesk.proxied.length;
    await page.clock.runFor(61_000);
    await expect.poll(() => zendesk.proxied.length).toBeGreaterThan(calls);
    expect(await title.textContent()).toBe("Card payments failing in Europe");
    expect(await zendesk.app().locator('[data-state="error"]').count()).toBe(0);
  });

  it("shows hostile text from the hub as text, and never links to javascript:", async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const app = await show(
      contextWith({
        ...hub.incident("en"),
        title: payload,
        url: "javascript:window.__pwned=1",
        latestUpdate: { body: payload, phase: "identified", at: new Date().toISOString() },
      }),
    );
    expect(await app.locator(".title").textContent()).toBe(payload);
    expect(await app.locator(".card img").count()).toBe(0);
    expect(await app.locator("a.status-link").count()).toBe(0);
    const frame = page!.frames().find((f) => f.url().includes("iframe.html"))!;
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
