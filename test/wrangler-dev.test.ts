import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitForOk } from "./support/ports";

const root = join(import.meta.dirname, "..");
const wrangler = join(root, "node_modules", ".bin", "wrangler");
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true" };
const state = mkdtempSync(join(tmpdir(), "liaison-wrangler-"));
let dev: ChildProcess;
let base: string;

beforeAll(async () => {
  execFileSync(wrangler, ["d1", "migrations", "apply", "liaison", "--local", "--persist-to", state], {
    cwd: root,
    env,
    stdio: "pipe",
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group (like setsid), so the whole tree stops together.
  dev = spawn(
    wrangler,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      state,
      "--var",
      "LIAISON_ADMIN_TOKEN:wrangler-dev-admin-token",
    ],
    { cwd: root, env, detached: true, stdio: "ignore" },
  );
  await waitForOk(`${base}/healthz`, 60_000);
}, 90_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
});

describe("wrangler dev (workerd with a local D1 migrated by wrangler)", () => {
  it("serves the same app: write API, Statuspage JSON and HTML", async () => {
    const headers = { authorization: "Bearer wrangler-dev-admin-token", "content-type": "application/json" };
    const created = await fetch(`${base}/api/v1/incidents`, {
      method: "POST",
      headers,
      body: JSON.stringify({ title: "Search is slow", severity: "P3", message: "Searches take longer than usual." }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const summary = (await (await fetch(`${base}/api/v2/summary.json`)).json()) as {
      status: { indicator: string };
      incidents: { name: string }[];
    };
    expect(summary.status.indicator).toBe("minor");
    expect(summary.incidents.map((i) => i.name)).toContain("Search is slow");
    expect(await (await fetch(`${base}/`)).text()).toContain("Search is slow");
  });
});
