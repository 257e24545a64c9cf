import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { monitoringConfig, send } from "../monitoring/support";
import { launchChromium } from "../sidebar/browser";
import { expectAccessible, signIn, writeControls } from "./browser";
import { startConsoleHub } from "./live-hub";

const artifacts = join(import.meta.dirname, "../artifacts");
let browser: Browser;
let live: Awaited<ReturnType<typeof startConsoleHub>>;
let page: Page;

/** Two services alerting, each its own internal candidate. */
async function alert(service: string) {
  const at = live.hub.clock.now().toISOString();
  const body = alertmanagerNotification([
    {
      alertname: `${service}-errors`,
      fingerprint: `fp-${service}`,
      status: "firing",
      labels: { service },
      startsAt: at,
    },
  ]);
  const res = await send(live.hub, "alertmanager", body);
  if (res.status >= 300) throw new Error(res.text);
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [browser, live] = await Promise.all([launchChromium(), startConsoleHub({ monitoring: monitoringConfig })]);
  await alert("payments");
  await alert("search");
  page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, locale: "en-GB" });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await live?.close();
});

const card = (service: string) => page.locator("article", { hasText: `${service}-errors` });

describe("monitoring candidates in the console", () => {
  it("lets a commander decline one with a reason and confirm the other, which declares the incident", async () => {
    await signIn(page, live.baseUrl, live.tokens.commander, "Casey (commander)");
    await page.getByRole("link", { name: "Candidates" }).click();
    await page.getByRole("heading", { name: "Candidates" }).waitFor();
    await card("search").getByText("Components: Search").waitFor();
    await page.screenshot({ path: join(artifacts, "console-candidates.png"), fullPage: true });
    await expectAccessible(page);

    await card("search").getByRole("button", { name: "Decline" }).click();
    expect(await page.locator("#toast.error").count()).toBe(0);
    await card("search").getByLabel("Reason to decline (internal)").fill("Search canary, no customer traffic");
    await card("search").getByRole("button", { name: "Decline" }).click();
    await page.getByRole("cell", { name: "declined: Search canary, no customer traffic" }).waitFor();

    await card("payments").getByLabel("Public title").fill("Card payments failing");
    await card("payments").getByLabel("Severity").selectOption("P1");
    await card("payments").getByLabel("First public notice").fill("Some card payments fail. We are investigating.");
    await card("payments").getByRole("button", { name: "Confirm and declare" }).click();
    await page.waitForURL(/#\/incidents\/inc_/);
    await page.getByRole("heading", { name: "P1 Card payments failing" }).waitFor();
    const candidates = (await live.hub.call("GET", "/api/v1/candidates")).json.candidates;
    expect(candidates.map((c: { status: string; decided_by: string }) => `${c.status} ${c.decided_by}`).sort()).toEqual(
      ["confirmed Casey (commander)", "declined Casey (commander)"],
    );
  }, 60_000);

  it("shows no candidates link to an executive", async () => {
    await page.context().clearCookies();
    await signIn(page, live.baseUrl, live.tokens.executive, "Morgan (CEO)");
    expect(await page.getByRole("link", { name: "Candidates" }).count()).toBe(0);
    await page.goto(`${live.baseUrl}/console#/candidates`);
    await page.getByRole("alert").waitFor();
    expect(await writeControls(page)).toBe(0);
  }, 60_000);
});
