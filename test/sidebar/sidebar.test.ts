import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/ports";
import { buildSidebar, launchChromium, openTicket as open } from "./browser";
import { startStandInHub } from "./stand-in-hub";

const artifacts = join(import.meta.dirname, "../artifacts");
let browser: Browser;
let assetsDir: string;
let hub: Awaited<ReturnType<typeof startStandInHub>>;
let page: Page;

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
});

const openTicket = async (hubUrl = hub.baseUrl) => {
  const zendesk = await open(browser, { assetsDir, hubUrl, apiToken: hub.agentToken, ticketId: hub.ticketId });
  page = zendesk.page;
  return zendesk;
};

const linkStateOnHub = async () => (await hub.context()).incidents.find((i: { id: string }) => i.id === hub.incidentId)?.link.state;

describe("the Zendesk sidebar in Chromium, against a running hub", () => {
  it("shows the linked P1 with why it matched, the latest update, the next update and the account; the token never reaches the frame", async () => {
    const zendesk = await openTicket();
    const card = zendesk.app().locator(`[data-incident="${hub.incidentId}"]`);
    await card.waitFor();
    expect(await card.locator("[data-severity]").textContent()).toBe("P1 · Critical");
    expect(await card.locator("[data-link-state]").getAttribute("data-link-state")).toBe("linked");
    const text = (await card.textContent()) ?? "";
    for (const part of ["Card payments failing at checkout", "Why it matched", "mentions checkout", "Latest public update", "We found the cause", "Next update due"]) expect(text).toContain(part);
    expect(await card.locator("a.status-link").getAttribute("href")).toBe("https://status.example.com/incidents/inc_standin1");
    expect(await zendesk.app().locator("[data-account]").textContent()).toMatch(/Acme Corp.*Enterprise.*Dana Whitfield/);

    expect(zendesk.proxied[0]).toMatchObject({ type: "GET", secure: true, headers: { Authorization: "Bearer {{setting.api_token}}" } });
    expect(zendesk.proxied[0]!.url).toBe(`${hub.baseUrl}/api/v1/helpdesk/tickets/${hub.ticketId}/context?locale=fr`);
    const frame = page.frames().find((f) => f.url().includes("iframe.html"))!;
    const seenByFrame = await frame.evaluate(() => JSON.stringify((window as any).__zafReceived) + document.documentElement.outerHTML);
    expect(seenByFrame).toContain("Card payments failing");
    expect(seenByFrame).not.toContain(hub.agentToken);

    await expect.poll(async () => (await page.locator("#app").boundingBox())?.height ?? 0).toBeGreaterThan(400);
    mkdirSync(artifacts, { recursive: true });
    await page.locator("aside").screenshot({ path: join(artifacts, "sidebar-p1.png") });
  });

  it("inserts the approved reply, in the requester's language, into the comment box", async () => {
    const zendesk = await openTicket();
    await zendesk.comment().fill("Bonjour,\n\n");
    await zendesk.app().locator('[data-action="insert"]').click();
    await expect.poll(() => zendesk.comment().inputValue()).toBe("Bonjour,\n\nNous avons identifié la cause du problème de paiement.");
    expect(await zendesk.app().locator(".reply .label").textContent()).toBe("Approved reply, French");
  });

  it("unlinks and links again in one click each, and the hub follows", async () => {
    const zendesk = await openTicket();
    const card = zendesk.app().locator(`[data-incident="${hub.incidentId}"]`);
    await card.locator('[data-action="unlink"]').click();
    await card.locator('[data-action="link"]').waitFor();
    expect(await linkStateOnHub()).not.toBe("linked");
    await card.locator('[data-action="link"]').click();
    await card.locator('[data-action="unlink"]').waitFor();
    expect(await linkStateOnHub()).toBe("linked");
    expect(await card.locator("[data-link-state]").getAttribute("data-link-state")).toBe("linked");
  });

  it("shows a quiet error when the hub is unreachable, and the ticket stays usable", async () => {
    const zendesk = await openTicket(`http://127.0.0.1:${await freePort()}`);
    await zendesk.app().locator('[data-state="error"]').waitFor();
    expect(await zendesk.app().locator('[data-state="error"]').textContent()).toContain("Liaison is unreachable");
    await zendesk.comment().fill("Still typing while Liaison is down");
    expect(await zendesk.comment().inputValue()).toBe("Still typing while Liaison is down");
  });

  it("gives up on a hub that never answers and shows the same error", async () => {
    const sockets: import("node:net").Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    const port = await new Promise<number>((resolve) => silent.listen(0, "127.0.0.1", () => resolve((silent.address() as { port: number }).port)));
    try {
      const zendesk = await openTicket(`http://127.0.0.1:${port}`);
      await zendesk.app().locator('[data-state="loading"]').waitFor();
      await zendesk.app().locator('[data-state="error"]').waitFor({ timeout: 10_000 });
      expect(await zendesk.app().locator('[data-action="retry"]').count()).toBe(1);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });
});
