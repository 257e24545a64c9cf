import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutes } from "#core/shared/clock";
import { launchChromium } from "../sidebar/browser";
import { expectAccessible, signIn, signOut, writeControls } from "./browser";
import { startConsoleHub } from "./live-hub";

const artifacts = join(import.meta.dirname, "../artifacts");
let browser: Browser;
let live: Awaited<ReturnType<typeof startConsoleHub>>;
let page: Page;
const cspErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [browser, live] = await Promise.all([launchChromium(), startConsoleHub()]);
  page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, locale: "en-GB" });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await live?.close();
});

const shot = (name: string) => page.screenshot({ path: join(artifacts, `console-${name}.png`), fullPage: true });
const as = (who: keyof typeof live.tokens, name: string) => signIn(page, live.baseUrl, live.tokens[who], name);

/** Legal, then exec, each signed in with their own token, approve the draft from their queue. */
async function approveByBoth(draftId: string) {
  for (const [who, name, role] of [
    ["legal", "Lee (legal)", "legal"],
    ["exec", "Erin (exec approver)", "exec"],
  ] as const) {
    await signOut(page);
    await as(who, name);
    await page.getByRole("link", { name: "Approvals" }).click();
    await page.locator(`a[href="#/drafts/${draftId}"]`).click();
    await page.getByRole("button", { name: `Approve as ${role}` }).click();
    await page.locator("#approvals-title + p", { hasText: new RegExp(`approved: .*${role}`) }).waitFor();
  }
  await signOut(page);
  await as("commander", "Casey (commander)");
}

/** From the room: a draft for `phase` with `message`, submitted, approved by both, published. */
async function publishUpdate(incidentId: string, phase: string, message: string, details: Record<string, string> = {}) {
  await page.goto(`${live.baseUrl}/console#/incidents/${incidentId}`);
  await page.getByLabel("Phase").selectOption(phase);
  await page.getByLabel("Message").fill(message);
  await page.getByRole("button", { name: "Start draft" }).click();
  await page.waitForURL(/#\/drafts\//);
  const draftId = page.url().split("#/drafts/")[1]!;
  if (Object.keys(details).length) {
    for (const [label, value] of Object.entries(details)) await page.getByLabel(label).fill(value);
    await page.getByRole("button", { name: "Save as new version" }).click();
    await page.getByRole("heading", { name: /Changes from version 1 to 2/ }).waitFor();
  }
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await page.getByText("pending approval").first().waitFor();
  await approveByBoth(draftId);
  await page.goto(`${live.baseUrl}/console#/drafts/${draftId}`);
  await publish(incidentId);
  await page.locator(".timeline", { hasText: message }).waitFor();
}

/** Publishes the open draft; a refusal shows up as the console's error toast, which fails the test with its text. */
async function publish(incidentId: string) {
  await page.getByRole("button", { name: "Publish to every channel" }).click();
  const refused = page.locator("#toast.error");
  await Promise.race([
    page.waitForURL(new RegExp(`#/incidents/${incidentId}$`)),
    refused.waitFor().then(async () => expect.fail(`publish refused: ${await refused.textContent()}`)),
  ]);
}

/** From the resolved room: the summary's details, a draft of kind post_incident_summary, sign-off, publish. */
async function writeSummary(incidentId: string) {
  await page.getByLabel("What happened (root cause)").fill("A faulty configuration change to the payment service.");
  await page.getByLabel("What we did").fill("We rolled the change back.");
  await page.getByLabel("What we are changing").fill("Payment changes now reach a small share of traffic first.");
  await page.getByRole("button", { name: "Start the summary draft" }).click();
  await page.waitForURL(/#\/drafts\//);
  const draftId = page.url().split("#/drafts/")[1]!;
  await page.getByRole("heading", { name: /post incident summary \(resolved\), version 1/ }).waitFor();
  expect(await page.getByLabel("Message").inputValue()).toContain("We rolled the change back.");
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await page.getByText("pending approval").first().waitFor();
  await approveByBoth(draftId);
  await page.goto(`${live.baseUrl}/console#/drafts/${draftId}`);
  await publish(incidentId);
  await page.locator(".summary-state", { hasText: /^Published / }).waitFor();
  await page.locator("section[aria-labelledby=summary-title] pre", { hasText: "rolled the change back" }).waitFor();
  expect(await page.getByRole("button", { name: "Start the summary draft" }).count()).toBe(0);
  await shot("room-summary");
  await expectAccessible(page);
}

describe("the console", () => {
  it("runs a P1 end to end: declare, fix a guardrail hit, two approvers, publish, cadence, resolve, summary", async () => {
    await as("commander", "Casey (commander)");
    expect(await page.locator("#who span").textContent()).toBe("Casey (commander)");
    await page.getByRole("heading", { name: "Declare an incident" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Title").fill("Card payments failing at checkout");
    await page.getByLabel("Customers affected (%)").fill("40");
    await page.getByLabel("Customers affected (%)").press("Tab");
    await page.getByText(/Suggested P1/).waitFor();
    expect(await page.getByLabel("Severity").inputValue()).toBe("P1");
    await page.getByRole("checkbox", { name: "Checkout" }).check();
    await page.getByLabel("First public update").fill("Some customers cannot pay by card. We are investigating.");
    await shot("declare");
    await page.getByRole("button", { name: "Declare" }).click();
    await page.waitForURL(/#\/incidents\/inc_/);
    const incidentId = page.url().split("#/incidents/")[1]!;
    await expect.poll(() => page.locator(".clock.big").textContent()).toContain("Next update due");
    expect(await page.locator(".clock.big").getAttribute("class")).not.toContain("late");
    await expectAccessible(page);

    // A draft that names an internal IP: the finding is marked where it sits, then fixed.
    await page.getByLabel("Phase").selectOption("identified");
    await page.getByLabel("Message").fill("Requests to 10.0.3.7 time out. A fix is rolling out.");
    await page.getByRole("button", { name: "Start draft" }).click();
    await page.waitForURL(/#\/drafts\//);
    const draftId = page.url().split("#/drafts/")[1]!;
    await expect.poll(() => page.locator("mark.blocking").textContent()).toBe("10.0.3.7");
    await shot("draft-guardrail");
    await expectAccessible(page);
    const fixed = "We found the cause of the failed card payments and a fix is rolling out.";
    await page.getByLabel("Message").fill(fixed);
    await page.getByText("No guardrail findings.").waitFor();
    await page.getByRole("button", { name: "Save as new version" }).click();
    await page.getByRole("heading", { name: /Changes from version 1 to 2/ }).waitFor();
    expect(await page.locator("pre.diff ins").allTextContents()).toContainEqual(expect.stringContaining(fixed));
    await page.getByLabel("Channel").selectOption("email");
    await page.getByText(/^Subject:/).waitFor();
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.getByText("pending approval").first().waitFor();
    await approveByBoth(draftId);
    await page.goto(`${live.baseUrl}/console#/drafts/${draftId}`);
    await publish(incidentId);
    await page.locator(".timeline", { hasText: fixed }).waitFor();

    // Past the 30-minute cadence the clock turns red; the next update on cadence clears it.
    live.hub.clock.advance(minutes(31));
    await page.reload();
    await page.locator(".clock.big.late").waitFor();
    expect(await page.locator(".clock.big strong").textContent()).toBe("1 min late");
    await shot("room-late");
    await publishUpdate(incidentId, "monitoring", "The fix is live and card payments are going through again.");
    await page.locator(".clock.big:not(.late)").waitFor();

    await page.getByRole("link", { name: "Help desk" }).click();
    await page.getByRole("heading", { name: "Ticket curve against public updates" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Outreach" }).click();
    await page.getByRole("rowheader", { name: "Initech", exact: true }).waitFor();
    await page.getByLabel("Call state for Initech").selectOption("reached");
    await page.getByText("Initech: reached.").waitFor();
    await shot("outreach");
    await expectAccessible(page);

    await publishUpdate(incidentId, "resolved", "Card payments work normally again. We are sorry for the trouble.", {
      "What happened (brief root cause)": "A configuration change to the payment service was faulty.",
      "What we did (the fix)": "We rolled the change back.",
      "What changes so it does not happen again": "Payment changes now roll out to a small share of traffic first.",
    });
    await page.locator(".clock.big", { hasText: "Resolved" }).waitFor();
    await page.getByRole("heading", { name: "Post-incident summary" }).waitFor();
    const due = (await live.hub.call("GET", `/api/v1/incidents/${incidentId}`)).json.post_incident_summary;
    expect(due).toEqual({ due_at: expect.any(String), published_at: null });
    expect(await page.locator(".summary-state").textContent()).toMatch(/^Due \d+ \w+ \d{4}, \d\d:\d\d\.$/);
    await shot("room-resolved");
    await expectAccessible(page);
    await writeSummary(incidentId);
    const published = (await live.hub.call("GET", `/api/v1/incidents/${incidentId}`)).json;
    expect(published.updates.map((u: { status: string; kind: string }) => `${u.status} ${u.kind}`)).toEqual([
      "resolved post_incident_summary",
      "resolved update",
      "monitoring update",
      "identified update",
      "investigating update",
    ]);
    expect(published.post_incident_summary.published_at).toBe(published.updates[0].created_at);
    expect(cspErrors).toEqual([]);
  }, 240_000);

  it("shows an executive the open incidents and key accounts with no control that changes anything", async () => {
    await page.context().clearCookies();
    await as("executive", "Morgan (CEO)");
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    await page.getByRole("heading", { name: /Search results are slow/ }).waitFor();
    await shot("dashboard");
    await expectAccessible(page);
    expect(await writeControls(page)).toBe(0);
    await page.getByRole("link", { name: "Search results are slow" }).click();
    await page.locator(".clock.big").waitFor();
    expect(await writeControls(page)).toBe(0);
    await page.getByRole("link", { name: "KPIs" }).click();
    await page.getByRole("heading", { name: "KPIs" }).waitFor();
    expect(await page.locator("main [data-write]").count()).toBe(0);
    await page.getByRole("link", { name: "P1 Card payments failing at checkout" }).waitFor();
    await page.locator(".chart .uplot").waitFor();
    await shot("kpis");
    await expectAccessible(page);
    await page.getByRole("link", { name: "P1 Card payments failing at checkout" }).click();
    await page.locator(".summary-state", { hasText: /^Published / }).waitFor();
    await page.getByRole("heading", { name: "Communication KPIs" }).waitFor();
    expect(await writeControls(page)).toBe(0);
  }, 60_000);
});
