import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../sidebar/browser";
import { expectAccessible, signIn } from "./browser";
import { startConsoleHub } from "./live-hub";
import { seedMeasuredP1 } from "./seed-kpis";

const artifacts = join(import.meta.dirname, "../artifacts");
let browser: Browser;
let live: Awaited<ReturnType<typeof startConsoleHub>>;
let page: Page;
let p1: string;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [browser, live] = await Promise.all([launchChromium(), startConsoleHub()]);
  p1 = await seedMeasuredP1(live.hub);
  page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, locale: "en-GB", acceptDownloads: true });
  await signIn(page, live.baseUrl, live.tokens.executive, "Morgan (CEO)");
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await live?.close();
});

const shot = (name: string) => page.screenshot({ path: join(artifacts, `console-${name}.png`), fullPage: true });
const figureOf = (label: string) => page.locator("tr", { has: page.getByRole("rowheader", { name: label }) });

describe("the console's KPIs", () => {
  it("charts one incident in its room with the hand-computed figures as the text alternative", async () => {
    await page.goto(`${live.baseUrl}/console#/incidents/${p1}`);
    await page.getByRole("heading", { name: "Communication KPIs" }).waitFor();
    expect(await figureOf("Time to first update").locator("td").textContent()).toBe("10 min (on time)");
    expect(await figureOf("Policy deadline for the first update").locator("td").textContent()).toBe("15 min");
    expect(await figureOf("Updates on cadence").locator("td").textContent()).toBe("2 of 3 (67 %)");
    expect(await figureOf("Tickets before / after the first notice").locator("td").textContent()).toBe("1 / 3");
    const charts = page.locator("section[aria-labelledby=kpis-title] .chart");
    await expect.poll(() => charts.locator(".uplot").count()).toBe(4);
    expect(await charts.nth(1).getAttribute("aria-label")).toBe(
      "Time to first update against the deadline (min): First update 10 min, Deadline 15 min",
    );
    expect(await charts.nth(3).getAttribute("aria-label")).toBe(
      "Deflection (linked tickets): Before notice 1, After notice 3",
    );
    await page.locator("section[aria-labelledby=kpis-title]").scrollIntoViewIfNeeded();
    await shot("room-kpis");
    await expectAccessible(page);
  }, 60_000);

  it("shows a picked period, and its CSV downloads with the session cookie", async () => {
    await page.getByRole("link", { name: "KPIs" }).click();
    const caption = page.locator("caption", { hasText: "incident(s)" });
    await caption.waitFor();
    expect(await caption.textContent()).toMatch(/: 2 incident\(s\)$/);
    await page.getByRole("link", { name: "P1 Card payments declined" }).waitFor();
    expect(await page.locator("main [data-write]").count()).toBe(0);

    await page.getByLabel("Period", { exact: true }).selectOption("custom");
    await page.getByLabel("From").fill("2020-01-01");
    await page.getByLabel("To (included)").fill("2020-01-31");
    await page.getByRole("button", { name: "Show" }).click();
    await caption.filter({ hasText: "1 Jan 2020 to 1 Feb 2020: 0 incident(s)" }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Period", { exact: true }).selectOption("7");
    await page.getByRole("button", { name: "Show" }).click();
    await caption.filter({ hasText: ": 2 incident(s)" }).waitFor();
    await shot("kpis-period");
    await expectAccessible(page);
    const link = page.getByRole("link", { name: "Download CSV for the data warehouse" });
    expect(await link.getAttribute("href")).toMatch(/^\/api\/v1\/kpis\.csv\?from=.+&to=.+/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const rows = readFileSync((await download.path())!, "utf8")
      .trimEnd()
      .split("\r\n");
    expect(rows).toHaveLength(3);
    expect(
      rows
        .find((r) => r.startsWith(p1))
        ?.split(",")
        .slice(1, 3),
    ).toEqual(["Card payments declined", "P1"]);
  }, 60_000);
});
