import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker, { type Env, type QueuedEvent } from "#apps/hub/worker";
import { declareIncident } from "#core/incidents/declare";
import { d1Context } from "./support";

/** The real bindings, with EVENTS replaced by a producer that records (or refuses) what it is sent. */
function withRecordingQueue(fail = false) {
  const sent: MessageSendRequest<QueuedEvent>[] = [];
  const EVENTS = {
    send: async () => {
      throw new Error("the scheduled handler should send in batches");
    },
    sendBatch: async (messages: Iterable<MessageSendRequest<QueuedEvent>>) => {
      if (fail) throw new Error("queue unavailable");
      sent.push(...messages);
    },
  } as unknown as Queue<QueuedEvent>;
  return { sent, env: { ...(env as unknown as Env), DB: env.DB, EVENTS } satisfies Env };
}

async function runCron(bindings: Env) {
  const exec = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "* * * * *" }), bindings, exec);
  await waitOnExecutionContext(exec).catch(() => undefined);
}

afterEach(() => vi.restoreAllMocks());

describe("cron → queue → consumer", () => {
  it("sends pending events as plain, clonable bodies with ISO dates, then marks them dispatched", async () => {
    const { store, ctx } = d1Context(new Date("2026-07-01T09:30:00.000Z"));
    const incident = await declareIncident({
      ctx,
      input: { title: "Checkout errors", severity: "P2", message: "Investigating." },
    });
    const [pending] = (await store.listPendingEvents(100)).filter((e) => e.subjectId === incident.id);
    const queue = withRecordingQueue();

    await runCron(queue.env);

    const body = queue.sent.map((m) => m.body).find((b) => b.id === pending!.id);
    expect(body).toEqual({
      id: pending!.id,
      type: "incident.declared",
      subjectId: incident.id,
      payload: pending!.payload,
      createdAt: "2026-07-01T09:30:00.000Z",
    });
    expect(structuredClone(body)).toEqual(body);
    expect(JSON.parse(JSON.stringify(body))).toEqual(body);
    expect((await store.listPendingEvents(100)).map((e) => e.id)).not.toContain(pending!.id);
  });

  it("leaves events pending when the queue refuses them, so the next tick sends them again", async () => {
    const { store, ctx } = d1Context();
    const incident = await declareIncident({
      ctx,
      input: { title: "Webhooks delayed", severity: "P3", message: "Investigating." },
    });
    const ids = async () =>
      (await store.listPendingEvents(100)).filter((e) => e.subjectId === incident.id).map((e) => e.id);
    const before = await ids();
    expect(before).toHaveLength(2); // the declaration and its publication

    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await runCron(withRecordingQueue(true).env);
    expect(await ids()).toEqual(before);

    const retry = withRecordingQueue();
    await runCron(retry.env);
    expect(retry.sent.map((m) => m.body.id)).toContain(before[0]);
    expect(await ids()).toEqual([]);
  });

  it("delivers outbox events through the real local queue to the worker's consumer", async () => {
    const { ctx } = d1Context();
    const incident = await declareIncident({
      ctx,
      input: { title: "Email bounces", severity: "P3", message: "Investigating." },
    });
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: unknown) => void lines.push(String(line)));

    await runCron(env as unknown as Env);

    await vi.waitFor(
      () => {
        const consumed = lines.filter((l) => l.includes(`"subject":"${incident.id}"`)).map((l) => JSON.parse(l));
        expect(consumed).toContainEqual(
          expect.objectContaining({ msg: "event", type: "incident.declared", subject: incident.id }),
        );
      },
      { timeout: 15_000, interval: 200 },
    );
  });

  it("the consumer hands every message to the event handler, in order, and acknowledges the batch", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: unknown) => void lines.push(String(line)));
    const createdAt = "2026-07-01T10:00:00.000Z";
    const batch = createMessageBatch<QueuedEvent>("liaison-events", [
      {
        id: "m1",
        timestamp: new Date(),
        attempts: 1,
        body: { id: "evt_a", type: "incident.declared", subjectId: "inc_a", payload: {}, createdAt },
      },
      {
        id: "m2",
        timestamp: new Date(),
        attempts: 1,
        body: { id: "evt_b", type: "incident.resolved", subjectId: "inc_a", payload: {}, createdAt },
      },
    ]);
    const exec = createExecutionContext();
    await worker.queue(batch, env as unknown as Env, exec);
    const result = await getQueueResult(batch, exec);

    expect(result.outcome).toBe("ok");
    expect(result.ackAll || ["m1", "m2"].every((id) => result.explicitAcks.includes(id))).toBe(true);
    expect(result.retryBatch.retry).toBe(false);
    const handled = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "event");
    expect(handled.map((l) => [l.id, l.type, l.at])).toEqual([
      ["evt_a", "incident.declared", createdAt],
      ["evt_b", "incident.resolved", createdAt],
    ]);
  });

  it("retries only the message whose handling failed", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    const createdAt = "2026-07-01T10:00:00.000Z";
    const batch = createMessageBatch<QueuedEvent>("liaison-events", [
      {
        id: "ok",
        timestamp: new Date(),
        attempts: 1,
        body: { id: "evt_ok", type: "incident.declared", subjectId: "inc_b", payload: {}, createdAt },
      },
      {
        id: "broken",
        timestamp: new Date(),
        attempts: 1,
        body: { id: "evt_broken", type: "publication.ready", subjectId: "inc_b", payload: {}, createdAt },
      },
    ]);
    const exec = createExecutionContext();
    await worker.queue(batch, env as unknown as Env, exec);
    const result = await getQueueResult(batch, exec);
    expect(result.ackAll).toBe(false);
    expect(result.explicitAcks).toEqual(["ok"]);
    expect(result.retryMessages.map((r: { msgId: string }) => r.msgId)).toEqual(["broken"]);
  });
});
