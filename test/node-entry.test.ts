import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
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

describe("npm run build (the production bundle)", () => {
  it("runs under plain node with only runtime dependencies: no tsx, migrations beside it", async () => {
    const { buildNodeHub } = await import("#apps/hub/build");
    const out = mkdtempSync(join(tmpdir(), "liaison-dist-"));
    const entry = await buildNodeHub(out);
    // As on a host that ran `npm ci --omit=dev` beside dist/.
    symlinkSync(join(root, "node_modules"), join(out, "node_modules"));
    const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const packages = [...readFileSync(entry, "utf8").matchAll(/^import .* from "([^".][^"]*)";$/gm)]
      .map((m) => m[1]!)
      .filter((spec) => !spec.startsWith("node:"))
      .map((spec) =>
        spec
          .split("/")
          .slice(0, spec.startsWith("@") ? 2 : 1)
          .join("/"),
      );
    expect(packages.length).toBeGreaterThan(5);
    expect(packages.filter((name) => !(name in dependencies))).toEqual([]);
    const port = await freePort();
    const bundled = spawn(process.execPath, [entry], {
      cwd: out,
      env: { ...process.env, PORT: String(port), LIAISON_DB: join(out, "hub.sqlite"), LIAISON_ADMIN_TOKEN: token },
      stdio: ["ignore", "ignore", "pipe"],
    });
    try {
      await waitForOk(`http://127.0.0.1:${port}/healthz`, 15_000);
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/components`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "API" }),
      });
      expect(res.status).toBe(201);
    } finally {
      bundled.kill("SIGTERM");
    }
  }, 60_000);
});
