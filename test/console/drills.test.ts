import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../sidebar/browser";
import { expectAccessible, signIn } from "./browser";
import { startConsoleHub } from "./live-hub";

let browser: Browser;
let live: Awaited<ReturnType<typeof startConsoleHub>>;
let page: Page;

beforeAll(async () => {
  [browser, live] = await Promise.all([launchChromium(), startConsoleHub()]);
  page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, locale: "en-GB" });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await live?.close();
});

describe("the console's drill view", () => {
  it("starts a drill, lists it and opens its report with the captured sends, accessibly", async () => {
    await signIn(page, live.baseUrl, live.tokens.commander, "Casey (commander)");
    await page.getByRole("link", { name: "Drills" }).click();
    await page.getByRole("heading", { name: "Fire drills" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Title").fill("Drill: checkout down");
    await page.getByLabel("Severity").selectOption("P2");
    await page.getByLabel("First public update").fill("Rehearsal: we are investigating failed checkouts.");
    await page.getByRole("button", { name: "Start drill" }).click();
    await page.waitForURL(/#\/incidents\//);
    const id = page.url().split("#/incidents/")[1]!;

    // The drill opens in the ordinary incident room; once it has rendered, back to the drills.
    await page.getByText("Rehearsal: we are investigating failed checkouts.").first().waitFor();
    await page.getByRole("link", { name: "Drills" }).click();
    await page.getByRole("link", { name: "Report of Drill: checkout down" }).click();
    await page.getByRole("heading", { name: "Drill report: Drill: checkout down" }).waitFor();
    await page.getByText(/First update after 0 min \(deadline 30 min\): on time/).waitFor();
    await page.getByRole("table", { name: "Misses" }).getByText("not resolved").waitFor();
    await expectAccessible(page);
    const publicPage = await (await fetch(`${live.baseUrl}/`)).text();
    expect(publicPage).not.toContain(id);
  }, 60_000);
});
