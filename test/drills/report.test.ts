import type { z } from "@hono/zod-openapi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DrillReportView, DrillList as List } from "#apps/hub/routes/v1/schemas/drills";
import { tokenFor } from "#test/comms/support";
import { createTestHub, type TestHub } from "#test/support/hub";

const minute = 60_000;
type Report = z.infer<typeof DrillReportView>;
type DrillList = z.infer<typeof List>;
let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-20T10:00:00Z") });
});
afterEach(() => hub.close());

const at = (hhmm: string) => hub.clock.set(new Date(`2026-11-20T${hhmm}:00Z`));

/** Drafts and submits now; each approver signs at the given time; publishes at the last one. */
async function signedUpdate(id: string, body: Record<string, unknown>, signAt: [string, string]) {
  const [legal, exec] = [await tokenFor(hub, "viewer", ["legal"]), await tokenFor(hub, "viewer", ["exec"])];
  const draft = (await hub.call("POST", `/api/v1/incidents/${id}/drafts`, body)).json;
  await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
  at(signAt[0]);
  await hub.call("POST", `/api/v1/drafts/${draft.id}/approve`, { role: "legal" }, legal);
  at(signAt[1]);
  await hub.call("POST", `/api/v1/drafts/${draft.id}/approve`, { role: "exec" }, exec);
  expect((await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {})).status).toBe(200);
  return draft.id as string;
}

describe("the drill report", () => {
  it("times a seeded P1 drill against the default policy (first update 15 min, cadence 30 min, summary 48 h)", async () => {
    const api = await hub.call("POST", "/api/v1/drills", {
      title: "Drill: checkout down",
      severity: "P1",
      message: "We are investigating failed checkouts.",
      detected_at: "2026-11-20T09:50:00Z",
    });
    expect(api.status).toBe(201);
    const id = api.json.id as string;
    at("10:20");
    const identified = await signedUpdate(id, { status: "identified", message: "We found the cause." }, [
      "10:32",
      "10:41",
    ]);
    at("11:05");
    const resolved = await signedUpdate(id, { status: "resolved", message: "Checkout works again." }, [
      "11:05",
      "11:05",
    ]);

    const report: Report = (await hub.call("GET", `/api/v1/drills/${id}/report`)).json;
    expect(report.first_update).toEqual({
      at: "2026-11-20T10:00:00.000Z",
      minutes: 10,
      deadline_minutes: 15,
      on_time: true,
    });
    expect(report.updates.map((u) => [u.status, u.at.slice(11, 16), u.due_at?.slice(11, 16), u.late_minutes])).toEqual([
      ["investigating", "10:00", "10:05", 0],
      ["identified", "10:41", "10:30", 11],
      ["resolved", "11:05", "11:11", 0],
    ]);
    expect(report.approvals.map((a) => [a.draft_id, a.latency_minutes, a.deadline_at?.slice(11, 16), a.late])).toEqual([
      [identified, 21, "10:30", true],
      [resolved, 0, "11:11", false],
    ]);
    expect(report.approvals[0].required).toEqual(["legal", "exec"]);
    expect(report.misses.map((m) => [m.kind, m.late_minutes])).toEqual([
      ["update_late", 11],
      ["approval_late", 11],
      ["summary_missing", null],
    ]);
    expect(report.misses[2].due_at).toBe("2026-11-22T11:05:00.000Z");
    expect(report.captures).toEqual({ total: 0, by_channel: {} });
  });

  it("lists an open drill as not resolved and overdue once the cadence passes, and only drills have reports", async () => {
    const drill = (
      await hub.call("POST", "/api/v1/drills", { title: "Drill", severity: "P2", message: "Investigating." })
    ).json;
    const real = await hub.declare({ severity: "P2" });
    hub.clock.advance(70 * minute);
    const report: Report = (await hub.call("GET", `/api/v1/drills/${drill.id}/report`)).json;
    expect(report.misses.map((m) => [m.kind, m.late_minutes])).toEqual([
      ["update_overdue", 10],
      ["not_resolved", null],
    ]);
    expect((await hub.call("GET", `/api/v1/drills/${real.id}/report`)).status).toBe(404);
    expect(((await hub.call("GET", "/api/v1/drills")).json as DrillList).drills.map((d) => d.id)).toEqual([drill.id]);
    const viewer = await tokenFor(hub, "viewer");
    expect((await hub.call("GET", `/api/v1/drills/${drill.id}/report`, undefined, viewer)).status).toBe(403);
    expect(
      (await hub.call("POST", "/api/v1/drills", { title: "x", severity: "P4", message: "y" }, viewer)).status,
    ).toBe(403);
  });
});
