import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestHub } from "../support/hub";

const run = promisify(execFile);
const root = join(import.meta.dirname, "../..");

describe("npm run archive:verify", () => {
  it("passes on an intact archive and fails, naming the row, after tampering", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "liaison-archive-")), "hub.sqlite");
    const hub = await createTestHub({ dbPath });
    const inc = await hub.declare({ severity: "P4" });
    for (const message of ["One.", "Two.", "Three."]) {
      const d = await hub.call("POST", `/api/v1/incidents/${inc.id}/drafts`, { message });
      await hub.call("POST", `/api/v1/drafts/${d.json.id}/publish`, {});
    }
    const cli = () =>
      run(process.execPath, ["--import", "tsx", "apps/hub/cli/verify-archive.ts"], {
        cwd: root,
        env: { ...process.env, LIAISON_DB: dbPath },
      });
    // The declaration's first notice is archived too, each message with its help-desk rendering: eight entries.
    expect((await cli()).stdout).toContain("Archive intact: 8 entries verified");
    await hub.db.run(sql`delete from archive where seq = 2`);
    hub.close();
    const failed = await cli().then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain("seq 3: removed before");
  });
});
