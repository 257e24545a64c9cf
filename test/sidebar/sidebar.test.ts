import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/ports";
import { buildSidebar, launchChromium, openTicket as open } from "./browser";
import { startLiveHub } from "./live-hub";

const artifacts = join(import.meta.dirname, "../artifacts");
let browser: Browser;
let assetsDir: string;
let hub: Awaited<ReturnType<typeof startLiveHub>>;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  assetsDir = await buildSidebar();
  hub = await startLiveHub();
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

const linkOnHub = async () =>
  (await hub.context()).incidents.find((i: { id: string }) => i.id === hub.incidentId)?.link;

describe("the Zendesk sidebar in Chromium, against a running hub", () => {
  it("shows the linked P1 with why it matched, the latest update, the next update and the account; the token never reaches the frame", async () => {
    const zendesk = await openTicket();
    const card = zendesk.app().locator(`[data-incident="${hub.incidentId}"]`);
    await card.waitFor();
    expect(await card.locator("[data-severity]").textContent()).toBe("P1 · Critical");
    expect(await card.locator("[data-link-state]").getAttribute("data-link-state")).toBe("linked");
    const text = (await card.textContent()) ?? "";
    for (const part of [
      "Card payments failing at checkout",
      "Identified",
      "Linked automatically",
      "Why it matched",
      'mentions "Checkout"',
      "Latest public update",
      "We found the cause of the failed card payments",
      "Next update due",
    ])
      expect(text).toContain(part);
    expect(await card.locator("a.status-link").getAttribute("href")).toBe((await hub.context()).incidents[0].url);
    expect(await zendesk.app().locator("[data-account]").textContent()).toMatch(/Acme Corp.*enterprise/);
    expect((await hub.context()).account).toMatchObject({ name: "Acme Corp", tier: "enterprise" });

    expect(zendesk.proxied[0]).toMatchObject({
      type: "GET",
      secure: true,
      headers: { Authorization: "Bearer {{setting.api_token}}" },
    });
    expect(zendesk.proxied[0]!.url).toBe(`${hub.baseUrl}/api/v1/helpdesk/tickets/${hub.ticketId}/context?locale=fr`);
    const frame = page.frames().find((f) => f.url().includes("iframe.html"))!;
    const seenByFrame = await frame.evaluate(
      () =>
        JSON.stringify((window as unknown as { __zafReceived: unknown }).__zafReceived) +
        document.documentElement.outerHTML,
    );
    expect(seenByFrame).toContain("Card payments failing");
    expect(seenByFrame).not.toContain(hub.agentToken);

    await expect.poll(async () => (await page.locator("#app").boundingBox())?.height ?? 0).toBeGreaterThan(400);
    mkdirSync(artifacts, { recursive: true });
    await page.locator("aside").screenshot({ path: join(artifacts, "sidebar-p1.png") });
  });

  it("inserts the approved reply, in the requester's language, into the comment box", async () => {
    const context = (await hub.call("GET", `/api/v1/helpdesk/tickets/${hub.ticketId}/context?locale=fr`)).json;
    const reply = context.incidents[0].reply!;
    expect(reply.locale).toBe("fr");
    const zendesk = await openTicket();
    await zendesk.comment().fill("Bonjour,\n\n");
    await zendesk.app().locator('[data-action="insert"]').click();
    await expect.poll(() => zendesk.comment().inputValue()).toBe(`Bonjour,\n\n${reply.text}`);
    expect(reply.text.length).toBeGreaterThan(20);
    expect(await zendesk.app().locator(".reply .label").textContent()).toBe("Approved reply, French");
  });

  it("unlinks and links again in one click each; the hub and then Zendesk follow, and the link records who made it", async () => {
    const tag = `liaison_incident_${hub.incidentId}`;
    expect(hub.zd.tickets.get(Number(hub.ticketId))!.tags).toContain(tag);
    const zendesk = await openTicket();
    const card = zendesk.app().locator(`[data-incident="${hub.incidentId}"]`);
    await card.locator('[data-action="unlink"]').click();
    await card.locator('[data-action="link"]').waitFor();
    expect(await linkOnHub()).toBeUndefined();
    await hub.settle();
    expect(hub.zd.tickets.get(Number(hub.ticketId))!.tags).not.toContain(tag);

    await card.locator('[data-action="link"]').click();
    await card.locator('[data-action="unlink"]').waitFor();
    expect(await linkOnHub()).toMatchObject({
      state: "linked",
      mode: "manual",
      linkedBy: "Sam Rivera via Zendesk sidebar",
    });
    expect(await card.textContent()).toContain("Linked by Sam Rivera via Zendesk sidebar");
    await hub.settle();
    expect(hub.zd.tickets.get(Number(hub.ticketId))!.tags).toContain(tag);
  });

  it("after the incident is resolved, says whether the ticket was solved or stays open, and why", async () => {
    const resolved = await hub.hub.call("POST", `/api/v1/incidents/${hub.incidentId}/updates`, {
      status: "resolved",
      message: "Card payments work again. No order was charged twice.",
    });
    expect(resolved.status).toBe(201);
    await hub.settle();
    const expected = (await hub.context()).incidents[0].autoClose;
    expect(expected).toMatchObject({ state: "kept_open", reason: expect.any(String) });
    const zendesk = await openTicket();
    const notice = zendesk.app().locator(".notice");
    await notice.waitFor();
    expect(await notice.textContent()).toBe(`Resolved, but this ticket stays open: ${expected?.reason}`);
    expect(await zendesk.app().locator(".phase").textContent()).toBe("Resolved");
    expect(await zendesk.app().locator(".due").count()).toBe(0);
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
    const port = await new Promise<number>((resolve) =>
      silent.listen(0, "127.0.0.1", () => resolve((silent.address() as { port: number }).port)),
    );
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
