import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitForOk } from "./support/ports";

const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "liaison-node-"));
const dbPath = join(dir, "nested", "hub.sqlite");
const token = "node-entry-admin-token-0123";
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "apps/hub/node.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), LIAISON_DB: dbPath, LIAISON_ADMIN_TOKEN: token, LIAISON_TICK_MS: "200" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForOk(`${base}/healthz`, 15_000);
}, 30_000);

afterAll(() => {
  child?.kill("SIGTERM");
});

describe("npm start (the Node entry)", () => {
  it("creates and migrates the SQLite file, and accepts the admin token from the environment", async () => {
    expect(existsSync(dbPath)).toBe(true);
    const res = await fetch(`${base}/api/v1/components`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "API" }),
    });
    expect(res.status).toBe(201);
    expect((await fetch(`${base}/api/v1/components`)).status).toBe(401);
  });

  it("runs the scheduled work on its interval: a due maintenance starts by itself", async () => {
    const now = Date.now();
    const res = await fetch(`${base}/api/v1/maintenances`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        title: "Patch",
        message: "Short patch window.",
        scheduled_for: new Date(now - 1000).toISOString(),
        scheduled_until: new Date(now + 3_600_000).toISOString(),
      }),
    });
    const { id } = (await res.json()) as { id: string };
    let status = "scheduled";
    for (let i = 0; i < 50 && status === "scheduled"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (
        (await (
          await fetch(`${base}/api/v1/maintenances/${id}`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as { status: string }
      ).status;
    }
    expect(status).toBe("in_progress");
  });
});
