import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "./support/ports";

const root = join(import.meta.dirname, "..");

/** The shell block under the README's "First incident" heading, as a reader would paste it. */
function firstIncidentBlock(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("First incident"));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error("README has no shell block under '## First incident'");
  return block;
}

describe("the README's first incident", () => {
  it("works when pasted into a shell (with the npm ci this checkout already ran)", async () => {
    const block = firstIncidentBlock();
    expect(block).toMatch(/^npm ci$/m);
    const port = await freePort();
    const script = block.replace(/^npm ci$/m, ": npm ci already ran");
    const shell = spawn("bash", ["-e", "-c", script], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        LIAISON_DB: join(mkdtempSync(join(tmpdir(), "readme-")), "hub.sqlite"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    shell.stdout.on("data", (d) => {
      output += d;
    });
    shell.stderr.on("data", (d) => {
      output += d;
    });
    const code = await new Promise<number | null>((resolve) => shell.on("exit", resolve));
    try {
      expect(code, output).toBe(0);
      const id = output.match(/Declared (inc_\w+)/)?.[1];
      expect(id, output).toBeDefined();
      const summary = (await (await fetch(`http://127.0.0.1:${port}/api/v2/summary.json`)).json()) as {
        incidents: { id: string; status: string; incident_updates: unknown[] }[];
      };
      expect(summary.incidents.map((i) => [i.id, i.status, i.incident_updates.length])).toEqual([
        [id, "identified", 2],
      ]);
    } finally {
      // `npm start &` outlives the shell: stop its whole process group.
      process.kill(-shell.pid!, "SIGTERM");
    }
  }, 90_000);
});
