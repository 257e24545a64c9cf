import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScheduledWork } from "#apps/hub/jobs/scheduled";
import type { DomainEvent } from "#core/ports/store";
import type { Problem } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
let sent: DomainEvent[];
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-20T10:00:00Z") });
  sent = [];
});
afterEach(() => hub.close());

const tick = () => runScheduledWork(hub.services, async (events) => void sent.push(...events));
const schedule = async (extra: Record<string, unknown> = {}) => {
  const db = await hub.component("Database");
  const res = await hub.call("POST", "/api/v1/maintenances", {
    title: "Database upgrade",
    message: "We will upgrade the database; expect brief read-only periods.",
    components: [db],
    scheduled_for: "2026-11-20T12:00:00Z",
    scheduled_until: "2026-11-20T14:00:00Z",
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.json;
};

describe("scheduled maintenance", () => {
  it("starts by itself at the planned time and flags an overrun, once each", async () => {
    const m = await schedule();
    expect((await tick()).started).toEqual([]);
    hub.clock.set(new Date("2026-11-20T12:00:30Z"));
    expect((await tick()).started).toEqual([m.id]);
    expect((await tick()).started).toEqual([]);
    const started = (await hub.call("GET", `/api/v1/maintenances/${m.id}`)).json;
    expect(started).toMatchObject({ status: "in_progress", started_at: "2026-11-20T12:00:30.000Z", overrun: false });
    expect(started.updates[0].message).toMatch(/started/);

    hub.clock.set(new Date("2026-11-20T13:31:00Z"));
    expect((await tick()).overrunWarnings).toEqual([m.id]);
    expect((await tick()).overrunWarnings).toEqual([]);
    hub.clock.set(new Date("2026-11-20T14:01:00Z"));
    expect((await tick()).overruns).toEqual([m.id]);
    expect((await hub.call("GET", `/api/v1/maintenances/${m.id}`)).json.overrun).toBe(true);
    expect(sent.map((e) => e.type)).toEqual([
      "maintenance.scheduled",
      "publication.ready",
      "maintenance.in_progress",
      "publication.ready",
      "maintenance.overrun_warning",
      "maintenance.overrun",
    ]);
  });

  it("completes by itself when asked to, and never overruns then", async () => {
    const m = await schedule({ auto_complete: true });
    hub.clock.set(new Date("2026-11-20T12:01:00Z"));
    await tick();
    hub.clock.set(new Date("2026-11-20T14:00:00Z"));
    expect((await tick()).completed).toEqual([m.id]);
    expect((await hub.call("GET", `/api/v1/maintenances/${m.id}`)).json).toMatchObject({
      status: "completed",
      overrun: false,
    });
  });

  it("moves through verifying to completed by hand, and an extension re-arms the warnings", async () => {
    const m = await schedule({ auto_start: false });
    hub.clock.set(new Date("2026-11-20T12:05:00Z"));
    expect((await tick()).started).toEqual([]);
    expect((await hub.call("PATCH", `/api/v1/maintenances/${m.id}`, { status: "in_progress" })).json.status).toBe(
      "in_progress",
    );
    hub.clock.set(new Date("2026-11-20T13:45:00Z"));
    expect((await tick()).overrunWarnings).toEqual([m.id]);
    const extended = await hub.call("PATCH", `/api/v1/maintenances/${m.id}`, {
      scheduled_until: "2026-11-20T15:00:00Z",
      message: "The upgrade needs another hour; new end 15:00 UTC.",
    });
    expect(extended.json.updates[0].message).toContain("another hour");
    hub.clock.set(new Date("2026-11-20T14:35:00Z"));
    expect((await tick()).overrunWarnings).toEqual([m.id]);
    await hub.call("PATCH", `/api/v1/maintenances/${m.id}`, { status: "verifying" });
    const done = await hub.call("PATCH", `/api/v1/maintenances/${m.id}`, { status: "completed" });
    expect(done.json).toMatchObject({ status: "completed", completed_at: "2026-11-20T14:35:00.000Z" });
  });

  it("cancels only before the start, with clear errors after", async () => {
    const m = await schedule();
    const cancelled = await hub.call("POST", `/api/v1/maintenances/${m.id}/cancel`, {});
    expect(cancelled.json.status).toBe("cancelled");
    const again = await hub.call<Problem>("PATCH", `/api/v1/maintenances/${m.id}`, { status: "in_progress" });
    expect(again.status).toBe(409);
    expect(again.json.detail).toMatch(/ended/);

    const n = await hub.call("POST", "/api/v1/maintenances", {
      title: "t",
      message: "m",
      scheduled_for: "2026-11-20T10:00:00Z",
      scheduled_until: "2026-11-20T11:00:00Z",
    });
    await hub.call("PATCH", `/api/v1/maintenances/${n.json.id}`, { status: "in_progress" });
    const late = await hub.call<Problem>("POST", `/api/v1/maintenances/${n.json.id}/cancel`, {});
    expect(late.status).toBe(409);
    expect(late.json.detail).toMatch(/cannot be cancelled/);
  });

  it("rejects an inverted window and unknown components", async () => {
    const bad = await hub.call("POST", "/api/v1/maintenances", {
      title: "t",
      message: "m",
      scheduled_for: "2026-11-20T12:00:00Z",
      scheduled_until: "2026-11-20T11:00:00Z",
    });
    expect(bad.status).toBe(400);
    const unknown = await hub.call("POST", "/api/v1/maintenances", {
      title: "t",
      message: "m",
      components: ["cmp_x"],
      scheduled_for: "2026-11-20T12:00:00Z",
      scheduled_until: "2026-11-20T13:00:00Z",
    });
    expect(unknown.status).toBe(404);
  });
});

describe("outbox", () => {
  it("hands every event to the sink once, in order", async () => {
    const inc = await hub.declare({});
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    expect((await tick()).eventsDispatched).toBe(4);
    expect((await tick()).eventsDispatched).toBe(0);
    expect(sent.map((e) => [e.type, e.subjectId])).toEqual([
      ["incident.declared", inc.id],
      ["publication.ready", inc.id],
      ["incident.resolved", inc.id],
      ["publication.ready", inc.id],
    ]);
  });

  it("keeps events pending when the sink fails, so nothing is lost", async () => {
    await hub.declare({});
    await expect(
      runScheduledWork(hub.services, async () => {
        throw new Error("queue down");
      }),
    ).rejects.toThrow("queue down");
    expect(await hub.services.store.listPendingEvents(10)).toHaveLength(2);
    expect((await tick()).eventsDispatched).toBe(2);
  });
});
