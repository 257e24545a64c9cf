import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { buildAssets } from "#apps/zendesk-sidebar/build";
import { installZendesk } from "./zendesk-host";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's Chromium, headless. There is no skip: without it the suite fails, so a CI image that
 * lacks the package is noticed (`.ci/run` installs it).
 */
export async function launchChromium(): Promise<Browser> {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`).toBe(true);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** Builds the app's assets into a fresh temporary folder (never the source tree). */
export const buildSidebar = () => buildAssets(mkdtempSync(join(tmpdir(), "liaison-sidebar-")));

/** Opens a ticket in the stand-in Zendesk with the sidebar pointed at `hubUrl`. */
export async function openTicket(
  browser: Browser,
  options: {
    assetsDir: string;
    hubUrl: string;
    apiToken: string;
    ticketId: string;
    agentLocale?: string;
    requesterLocale?: string;
  },
) {
  const page: Page = await browser.newPage({
    viewport: { width: 1000, height: 1100 },
    deviceScaleFactor: 2,
    locale: "en-US",
  });
  const zendesk = await installZendesk(page, {
    assetsDir: options.assetsDir,
    apiToken: options.apiToken,
    domainWhitelist: [new URL(options.hubUrl).hostname],
    ticket: {
      id: Number(options.ticketId),
      requesterLocale: options.requesterLocale ?? "fr-FR",
      agentLocale: options.agentLocale ?? "en-US",
      organization: "Acme Corp",
      hubUrl: options.hubUrl,
    },
  });
  await zendesk.open();
  return { page, ...zendesk };
}
