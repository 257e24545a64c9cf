import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "#apps/hub/worker";
import { createComponent } from "#core/components/create";
import { declareIncident } from "#core/incidents/declare";
import { postUpdate } from "#core/incidents/post-update";
import { scheduleMaintenance } from "#core/maintenance/schedule";
import { d1Context } from "./support";

describe("the drizzle Store on D1", () => {
  it("writes an incident, its update, note and event in one batch, keeping the note out of the incident", async () => {
    const { store, ctx } = d1Context();
    const api = await createComponent({ ctx, input: { name: "API", group: "Platform" } });
    const incident = await declareIncident({
      ctx,
      input: {
        title: "Errors",
        severity: "P2",
        message: "Investigating.",
        components: [{ componentId: api.id, status: "partial_outage" }],
        internalNote: "db-primary is down",
      },
    });
    const loaded = (await store.getIncident(incident.id))!;
    expect(loaded).toMatchObject({
      title: "Errors",
      phase: "investigating",
      components: [{ componentId: api.id, status: "partial_outage" }],
    });
    expect(JSON.stringify(loaded)).not.toContain("db-primary");
    expect((await store.listInternalNotes(incident.id)).map((n) => n.body)).toEqual(["db-primary is down"]);
    expect((await store.listPendingEvents(10)).map((e) => e.type)).toContain("incident.declared");
    expect((await store.listGroups()).map((g) => g.name)).toEqual(["Platform"]);

    const resolved = await postUpdate({
      ctx,
      input: { incidentId: incident.id, phase: "resolved", message: "Fixed." },
    });
    expect(resolved.components).toEqual([{ componentId: api.id, status: "operational" }]);
    expect((await store.listIncidents({ phase: "open" })).map((i) => i.id)).not.toContain(incident.id);
  });

  it("rolls back the whole batch when one statement fails", async () => {
    const { store, ctx } = d1Context();
    const incident = await declareIncident({ ctx, input: { title: "Original", severity: "P3", message: "m" } });
    const before = await store.publicRevision();
    await expect(
      store.saveIncident({ incident: { ...incident, title: "Changed" }, newUpdate: incident.updates[0], events: [] }),
    ).rejects.toThrow();
    expect((await store.getIncident(incident.id))!.title).toBe("Original");
    expect(await store.publicRevision()).toBe(before);
  });

  it("reads more incidents than D1's 100 bound parameters allow in one statement", async () => {
    const { store, ctx } = d1Context();
    for (let i = 0; i < 120; i++)
      await declareIncident({ ctx, input: { title: `I${i}`, severity: "P4", message: "m" } });
    const all = await store.listIncidents({ limit: 500 });
    expect(all.length).toBeGreaterThanOrEqual(120);
    const mine = all.filter((i) => /^I\d+$/.test(i.title));
    expect(mine).toHaveLength(120);
    expect(mine.every((i) => i.updates.length === 1 && i.updates[0]!.incidentId === i.id)).toBe(true);
  });
});

describe("Workers handlers", () => {
  it("cron starts a due maintenance on D1 and sends the outbox to the queue", async () => {
    const { store, ctx } = d1Context(new Date(Date.now() - 60_000));
    const m = await scheduleMaintenance({
      ctx,
      input: {
        title: "Patch",
        message: "Patching.",
        scheduledFor: new Date(Date.now() - 1000),
        scheduledUntil: new Date(Date.now() + 3_600_000),
      },
    });
    expect((await store.listPendingEvents(100)).length).toBeGreaterThan(0);
    const exec = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "* * * * *" }), env, exec);
    await waitOnExecutionContext(exec);
    expect((await store.getMaintenance(m.id))!.status).toBe("in_progress");
    expect(await store.listPendingEvents(100)).toEqual([]);
  });
});
