import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker, { type Env, type QueuedEvent } from "#apps/hub/worker";
import { call } from "./support";

describe("delivery in workerd: cron → queue → consumer expands on D1", () => {
  it("records one publication per publish and expands it into keyed deliveries in the queue consumer", async () => {
    const sent: MessageSendRequest<QueuedEvent>[] = [];
    const EVENTS = {
      send: async (body: QueuedEvent) => void sent.push({ body }),
      sendBatch: async (m: Iterable<MessageSendRequest<QueuedEvent>>) => void sent.push(...m),
    } as unknown as Queue<QueuedEvent>;
    const bindings = { ...(env as unknown as Env), DB: env.DB, EVENTS } satisfies Env;
    // No SendGrid key is configured here, so each email delivery ends "failed: no provider" without leaving workerd.
    for (const address of ["ann@example.com", "bob@example.com", "cy@example.com"])
      expect((await call("POST", "/api/v1/subscribers", { channel: "email", address })).status).toBe(201);
    const inc = (
      await call("POST", "/api/v1/incidents", {
        title: "Queue test",
        severity: "P1",
        message: "Investigating failed sign-ins.",
      })
    ).json;
    const draft = (await call("POST", `/api/v1/incidents/${inc.id}/drafts`, {})).json;
    await call("POST", `/api/v1/drafts/${draft.id}/submit`, {});
    await call("POST", `/api/v1/drafts/${draft.id}/override`, { reason: "workerd test" });
    expect((await call("POST", `/api/v1/drafts/${draft.id}/publish`, {})).status).toBe(200);

    const cron = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "* * * * *" }), bindings, cron);
    await waitOnExecutionContext(cron);
    const ready = sent.filter((m) => m.body.type === "publication.ready" && m.body.subjectId === inc.id);
    expect(ready.length).toBeGreaterThan(0);

    const batch = createMessageBatch(
      "liaison-events",
      ready.map((m, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: m.body })),
    ) as MessageBatch<QueuedEvent>;
    const exec = createExecutionContext();
    await worker.queue(batch, bindings, exec);
    const result = await getQueueResult(batch, exec);
    expect(result.explicitAcks.length).toBe(ready.length);

    const rows = await env.DB.prepare(
      "select p.id, count(d.id) as n from delivery_publications p left join deliveries d on d.publication_id = p.id where p.payload like ? group by p.id",
    )
      .bind(`%${inc.id}%`)
      .all<{ id: string; n: number }>();
    expect(rows.results.map((r) => r.n)).toContain(3);
    const id = rows.results.find((r) => r.n === 3)!.id;
    const progress = (await call("GET", `/api/v1/publications/${id}/progress`)).json;
    expect(progress).toMatchObject({ expanded: true, channels: { email: { failed: 3 } } });
  });
});
