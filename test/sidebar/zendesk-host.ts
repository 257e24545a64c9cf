import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { APP_ORIGIN, fakeZafSdk, HOST_ORIGIN, type HostTicket, hostPage, PROXY_PATH } from "./host-page";

const ZAF_SDK_URL = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js";
const types: Record<string, string> = { html: "text/html", js: "application/javascript", css: "text/css" };

/** A request as it reached the stand-in proxy, before the secure setting was filled in. */
export interface ProxiedRequest {
  url: string;
  type: string;
  headers: Record<string, string>;
  data?: string;
  secure?: boolean;
}

/**
 * Makes `page` a stand-in Zendesk: the ticket page, the app's assets from `assetsDir`, a fake ZAF
 * SDK at the CDN address, and a proxy that fills `{{setting.api_token}}` with `apiToken` only for
 * whitelisted hosts, as Zendesk does server-side. Every other request is refused.
 */
export async function installZendesk(
  page: Page,
  options: {
    assetsDir: string;
    ticket: HostTicket;
    apiToken: string;
    domainWhitelist: string[];
    proxyTimeoutMs?: number;
  },
) {
  const proxied: ProxiedRequest[] = [];
  await page.route("**/*", (route) => route.abort("blockedbyclient"));
  await page.route(ZAF_SDK_URL, (route) => route.fulfill({ contentType: types.js, body: fakeZafSdk }));
  await page.route(`${APP_ORIGIN}/assets/**`, (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/assets\//, "");
    if (!/^[\w.-]+$/.test(name)) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: types[name.split(".").pop()!] ?? "application/octet-stream",
      body: readFileSync(join(options.assetsDir, name)),
    });
  });
  await page.route(`${HOST_ORIGIN}/agent/**`, (route) =>
    route.fulfill({ contentType: types.html, body: hostPage(options.ticket) }),
  );
  await page.route(`${HOST_ORIGIN}${PROXY_PATH}`, async (route) => {
    const request = JSON.parse(route.request().postData() ?? "{}") as ProxiedRequest;
    proxied.push(request);
    const answer = await forward(request, options);
    return route.fulfill({ contentType: "application/json", body: JSON.stringify(answer) });
  });
  return {
    proxied,
    open: () => page.goto(`${HOST_ORIGIN}/agent/tickets/${options.ticket.id}`),
    app: () => page.frameLocator("#app"),
    comment: () => page.locator("#comment"),
  };
}

async function forward(
  request: ProxiedRequest,
  options: { apiToken: string; domainWhitelist: string[]; proxyTimeoutMs?: number },
) {
  const host = new URL(request.url).hostname;
  const headers: Record<string, string> = {};
  const allowed = request.secure === true && options.domainWhitelist.includes(host);
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    headers[name] = allowed ? value.replaceAll("{{setting.api_token}}", options.apiToken) : value;
  }
  if (request.data !== undefined)
    headers["content-type"] = (request as { contentType?: string }).contentType ?? "application/json";
  try {
    const res = await fetch(request.url, {
      method: request.type,
      headers,
      body: request.data,
      signal: AbortSignal.timeout(options.proxyTimeoutMs ?? 15_000),
    });
    return { status: res.status, body: await res.text() };
  } catch {
    return { status: 502, body: "" };
  }
}
