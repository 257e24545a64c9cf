import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHub, type TestHub } from "../support/hub";
import { tick } from "./support";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-20T10:00:00Z") });
});
afterEach(() => hub.close());

const minutes = (n: number) => n * 60_000;
const internal = () => hub.notifier.published.filter((p) => p.audience.internal);

describe("update cadence", () => {
  it("sends one overdue reminder when a P1 goes 30 minutes without an update", async () => {
    const inc = await hub.declare({ severity: "P1", title: "Checkout down" });
    hub.clock.advance(minutes(29));
    await tick(hub);
    expect(internal()).toHaveLength(0);
    expect((await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json.update_overdue).toBe(false);

    hub.clock.advance(minutes(2));
    await tick(hub);
    await tick(hub);
    expect(internal()).toHaveLength(1);
    expect(internal()[0]!.messages[0]!.text).toContain(
      'P1 "Checkout down": the public update was due at 2026-11-20T10:30:00.000Z',
    );
    const view = (await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json;
    expect(view).toMatchObject({ update_overdue: true, next_update_due_at: "2026-11-20T10:30:00.000Z" });
    const reminders = (await hub.call("GET", `/api/v1/reminders?incident_id=${inc.id}`)).json.reminders;
    expect(reminders).toEqual([
      expect.objectContaining({ kind: "update_due", due_at: "2026-11-20T10:30:00.000Z", held: false }),
    ]);

    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "identified", message: "Found it." });
    hub.clock.advance(minutes(10));
    await tick(hub);
    expect(internal()).toHaveLength(1);
  });

  it("tightens the cadence to 15 minutes and escalates when there is no ETA after 4 hours", async () => {
    const inc = await hub.declare({ severity: "P2" });
    for (let i = 0; i < 4; i++) {
      hub.clock.advance(minutes(60));
      await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
        status: "identified",
        message: `Still working (${i}).`,
      });
    }
    await tick(hub);
    const view = (await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json;
    expect(view.extended_outage).toBe(true);
    expect(view.next_update_due_at).toBe("2026-11-20T14:15:00.000Z");
    const kinds = (await hub.call("GET", "/api/v1/reminders")).json.reminders.map((r) => r.kind);
    expect(kinds).toContain("extended_outage");
    expect(internal().some((p) => /SLA credits/.test(p.messages[0]!.text))).toBe(true);

    await hub.call("PATCH", `/api/v1/incidents/${inc.id}`, { eta_at: "2026-11-20T16:00:00Z" });
    expect((await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json).toMatchObject({
      extended_outage: false,
      next_update_due_at: "2026-11-20T15:00:00.000Z",
    });
  });

  it("holds non-critical reminders during a blackout but never a P1's", async () => {
    const policy = (await hub.call("GET", "/api/v1/policy")).json.document;
    policy.blackouts = [{ name: "database failover", start: "2026-11-20T10:00:00Z", end: "2026-11-20T18:00:00Z" }];
    expect((await hub.call("PUT", "/api/v1/policy", policy)).status).toBe(200);
    await hub.declare({ severity: "P3", title: "Slow search" });
    await hub.declare({ severity: "P1", title: "Login down" });
    hub.clock.advance(minutes(125));
    await tick(hub);
    const reminders = (await hub.call("GET", "/api/v1/reminders")).json.reminders;
    expect(reminders.map((r) => [r.message.slice(0, 20), r.held])).toEqual(
      expect.arrayContaining([
        [expect.stringContaining("P3"), true],
        [expect.stringContaining("P1"), false],
      ]),
    );
    expect(internal().every((p) => !p.messages[0]!.text.includes("Slow search"))).toBe(true);
  });

  it("reminds about the post-mortem deadline after a P1 resolves", async () => {
    const inc = await hub.declare({ severity: "P1" });
    hub.clock.advance(minutes(20));
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    hub.clock.advance(36 * 3_600_000 + minutes(1));
    await tick(hub);
    const pm = (await hub.call("GET", "/api/v1/reminders")).json.reminders.filter((r) => r.kind === "post_mortem");
    expect(pm).toEqual([expect.objectContaining({ due_at: "2026-11-22T10:20:00.000Z" })]);
  });
});

describe("first update, maintenance overrun and the communication timeline", () => {
  it("measures the first public update against the deadline from detection", async () => {
    const late = await hub.declare({ severity: "P1", detected_at: "2026-11-20T09:40:00Z" });
    expect(late).toMatchObject({
      first_update_due_at: "2026-11-20T09:55:00.000Z",
      first_update_at: "2026-11-20T10:00:00.000Z",
      first_update_late: true,
    });
    const onTime = await hub.declare({ severity: "P1", detected_at: "2026-11-20T09:50:00Z" });
    expect(onTime.first_update_late).toBe(false);
  });

  it("warns the team 30 minutes before a maintenance window ends unfinished", async () => {
    await hub.call("POST", "/api/v1/maintenances", {
      title: "DB upgrade",
      message: "Upgrade.",
      scheduled_for: "2026-11-20T10:00:00Z",
      scheduled_until: "2026-11-20T11:00:00Z",
    });
    await tick(hub);
    hub.clock.advance(minutes(31));
    await tick(hub);
    expect(internal().map((p) => p.kind)).toEqual(["maintenance.overrun_warning"]);
    expect(internal()[0]!.messages[0]!.text).toMatch(/ends in 30 minutes/);
  });

  it("keeps a timeline of drafting, approval and publishing", async () => {
    const inc = await hub.declare({ severity: "P2" });
    const d = (await hub.call("POST", `/api/v1/incidents/${inc.id}/drafts`, {})).json;
    await hub.call("POST", `/api/v1/drafts/${d.id}/submit`);
    await hub.call("POST", `/api/v1/drafts/${d.id}/override`, { reason: "drill" });
    await hub.call("POST", `/api/v1/drafts/${d.id}/publish`, {});
    hub.clock.advance(minutes(61));
    await tick(hub);
    const types = (await hub.call("GET", `/api/v1/incidents/${inc.id}/timeline`)).json.events.map((e) => e.type);
    expect(types).toEqual([
      "incident.declared",
      "publication.ready",
      "draft.created",
      "draft.submitted",
      "draft.override",
      "incident.updated",
      "publication.ready",
      "draft.published",
      "reminder.ready",
    ]);
  });
});
