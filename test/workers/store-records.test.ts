import { describe, expect, it } from "vitest";
import { createComponent, editComponent } from "#core/components/create";
import { declareIncident } from "#core/incidents/declare";
import { changeMaintenance } from "#core/maintenance/change";
import { scheduleMaintenance } from "#core/maintenance/schedule";
import { minutes } from "#core/shared/clock";
import { d1Context } from "./support";

describe("components, maintenances and the outbox on D1", () => {
  it("stores components under one group created on first use, and keeps edits", async () => {
    const { store, ctx } = d1Context();
    const web = await createComponent({ ctx, input: { name: "Web", group: "Edge" } });
    const cdn = await createComponent({ ctx, input: { name: "CDN", group: "edge", onlyShowIfDegraded: true } });
    await editComponent({ ctx, input: { id: web.id, description: "The dashboard" } });

    const edge = (await store.listGroups()).filter((g) => g.name === "Edge");
    expect(edge).toHaveLength(1);
    const stored = (await store.listComponents()).filter((c) => c.id === web.id || c.id === cdn.id);
    expect(stored.map((c) => [c.name, c.groupId, c.description, c.onlyShowIfDegraded])).toEqual([
      ["Web", edge[0]!.id, "The dashboard", false],
      ["CDN", edge[0]!.id, null, true],
    ]);
    expect(stored[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("round-trips a maintenance through its lifecycle, with updates newest first and one event per change", async () => {
    const start = new Date("2026-06-01T10:00:00.000Z");
    const { store, ctx, clock } = d1Context(start);
    const db = await createComponent({ ctx, input: { name: "Database" } });
    const m = await scheduleMaintenance({
      ctx,
      input: {
        title: "Upgrade",
        message: "Upgrading the database.",
        componentIds: [db.id],
        regions: ["eu"],
        scheduledFor: new Date(start.getTime() + minutes(60)),
        scheduledUntil: new Date(start.getTime() + minutes(120)),
      },
    });
    const scheduled = (await store.getMaintenance(m.id))!;
    expect(scheduled).toMatchObject({
      status: "scheduled",
      componentIds: [db.id],
      regions: ["eu"],
      autoStart: true,
      startedAt: null,
    });
    expect(scheduled.scheduledFor.toISOString()).toBe("2026-06-01T11:00:00.000Z");

    clock.advance(minutes(60));
    await changeMaintenance({ ctx, input: { maintenanceId: m.id, status: "in_progress" } });
    clock.advance(minutes(30));
    await changeMaintenance({ ctx, input: { maintenanceId: m.id, status: "completed", message: "Done early." } });

    const done = (await store.getMaintenance(m.id))!;
    expect(done.status).toBe("completed");
    expect(done.startedAt?.toISOString()).toBe("2026-06-01T11:00:00.000Z");
    expect(done.completedAt?.toISOString()).toBe("2026-06-01T11:30:00.000Z");
    expect(done.updates.map((u) => [u.status, u.body])).toEqual([
      ["completed", "Done early."],
      ["in_progress", expect.any(String)],
      ["scheduled", "Upgrading the database."],
    ]);
    expect((await store.listMaintenances({ statuses: ["scheduled", "in_progress"] })).map((x) => x.id)).not.toContain(
      m.id,
    );
    expect((await store.listMaintenances({ statuses: ["completed"] })).map((x) => x.id)).toContain(m.id);
    const events = (await store.listPendingEvents(100)).filter((e) => e.subjectId === m.id);
    expect(events.map((e) => e.type)).toEqual([
      "maintenance.scheduled",
      "publication.ready",
      "maintenance.in_progress",
      "publication.ready",
      "maintenance.completed",
      "publication.ready",
    ]);
  });

  it("keeps outbox events pending until they are marked dispatched, and marks only those named", async () => {
    const { store, ctx, clock } = d1Context(new Date("2026-06-02T08:00:00.000Z"));
    const first = await declareIncident({
      ctx,
      input: { title: "Login fails", severity: "P2", message: "Investigating." },
    });
    clock.advance(1000);
    const second = await declareIncident({
      ctx,
      input: { title: "Slow search", severity: "P4", message: "Investigating." },
    });
    const mine = async () =>
      (await store.listPendingEvents(100)).filter(
        (e) => e.type === "incident.declared" && (e.subjectId === first.id || e.subjectId === second.id),
      );

    const pending = await mine();
    expect(pending.map((e) => [e.type, e.subjectId])).toEqual([
      ["incident.declared", first.id],
      ["incident.declared", second.id],
    ]);
    expect(pending[0]!.createdAt).toEqual(new Date("2026-06-02T08:00:00.000Z"));

    await store.markEventsDispatched([pending[0]!.id], clock.now());
    expect((await mine()).map((e) => e.id)).toEqual([pending[1]!.id]);
    await store.markEventsDispatched([pending[1]!.id], clock.now());
    expect(await mine()).toEqual([]);
  });
});
