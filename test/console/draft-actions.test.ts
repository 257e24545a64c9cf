import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../sidebar/browser";
import { expectAccessible, signIn, signOut } from "./browser";
import { startConsoleHub } from "./live-hub";

const artifacts = join(import.meta.dirname, "../artifacts");
let browser: Browser;
let live: Awaited<ReturnType<typeof startConsoleHub>>;
let page: Page;
let incidentId: string;
const leaky = "Requests to 10.0.3.7 time out. A fix is rolling out.";

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  [browser, live] = await Promise.all([launchChromium(), startConsoleHub()]);
  incidentId = (await live.hub.declare({ title: "Card payments failing", severity: "P1" })).id;
  page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, locale: "en-GB" });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await live?.close();
});

const shot = (name: string) => page.screenshot({ path: join(artifacts, `console-${name}.png`), fullPage: true });
const as = async (who: keyof typeof live.tokens, name: string) => {
  await page.context().clearCookies();
  await signIn(page, live.baseUrl, live.tokens[who], name);
};
const button = (name: string) => page.getByRole("button", { name, exact: true });

/** A submitted draft of `message`, made through the API as the commander would. */
async function pendingDraft(message: string) {
  const made = await live.hub.call("POST", `/api/v1/incidents/${incidentId}/drafts`, { status: "identified", message });
  await live.hub.call("POST", `/api/v1/drafts/${made.json.id}/submit`);
  return made.json.id as string;
}

describe("draft decisions in the console", () => {
  it("lets a commander discard a draft with a reason; it leaves the room's open drafts and stays on the timeline", async () => {
    await as("commander", "Casey (commander)");
    const draftId = await pendingDraft("A fix is rolling out to every region.");
    await page.goto(`${live.baseUrl}/console#/drafts/${draftId}`);
    expect(await button("Override approvals").count()).toBe(0);
    await page.getByLabel("Reason (kept on the record)").fill("Superseded by the next update");
    await expectAccessible(page);
    await button("Discard draft").click();
    await page.waitForURL(new RegExp(`#/incidents/${incidentId}$`));
    await page.locator(".timeline li", { hasText: "Superseded by the next update" }).waitFor();
    expect(await page.locator(`a[href="#/drafts/${draftId}"]`).count()).toBe(0);
    expect((await live.hub.call("GET", `/api/v1/drafts/${draftId}`)).json.status).toBe("discarded");
  }, 60_000);

  it("shows an approver only approve and reject, and a commander no way past the guardrails", async () => {
    const draftId = await pendingDraft(leaky);
    await as("legal", "Lee (legal)");
    await page.goto(`${live.baseUrl}/console#/drafts/${draftId}`);
    await button("Approve as legal").waitFor();
    const offered = await page.locator("main [data-write] button, main button[data-write]").allTextContents();
    expect(offered.sort()).toEqual(["Approve as legal", "Reject as legal"]);
    await live.hub.call("POST", `/api/v1/drafts/${draftId}/override`, { reason: "Test set-up" });

    await as("commander", "Casey (commander)");
    await page.goto(`${live.baseUrl}/console#/drafts/${draftId}`);
    await button("Publish to every channel").click();
    await page.locator("#toast.error", { hasText: "guardrail finding" }).waitFor();
    expect(await button("Publish anyway").count()).toBe(0);
    await live.hub.call("POST", `/api/v1/drafts/${draftId}/discard`, { reason: "Test clean-up" });
  }, 60_000);

  it("lets an admin override missing approvals and publish over the findings, each with a reason on the record", async () => {
    const draftId = await pendingDraft(leaky);
    await as("admin", "Ada (admin)");
    await page.goto(`${live.baseUrl}/console#/drafts/${draftId}`);
    await page.getByRole("heading", { name: "Override the missing approvals (legal, exec)" }).waitFor();
    await page
      .getByRole("form", { name: /Override the missing approvals/ })
      .getByLabel("Reason")
      .fill("Exec unreachable");
    await button("Override approvals").click();
    await page.locator("#approvals-title + p", { hasText: "approved: legal, exec" }).waitFor();
    await button("Publish to every channel").click();
    await page.getByRole("heading", { name: "Publish over the guardrail findings" }).waitFor();
    await shot("draft-acknowledge");
    await expectAccessible(page);
    await page
      .getByRole("form", { name: /Publish over/ })
      .getByLabel("Reason")
      .fill("The address is a public test host");
    await button("Publish anyway").click();
    await page.waitForURL(new RegExp(`#/incidents/${incidentId}$`));
    await page.locator(".timeline", { hasText: leaky }).waitFor();
    const entry = (await live.hub.call("GET", "/api/v1/archive")).json.entries.at(-1);
    expect(entry.approvals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: "exec", override: true, by: "Ada (admin)" }),
        expect.objectContaining({ role: "guardrails", override: true, by: "Ada (admin)" }),
      ]),
    );
    await signOut(page);
  }, 60_000);
});
