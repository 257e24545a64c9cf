import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openD1 } from "#apps/hub/storage/d1";
import { helpdeskStore } from "#apps/hub/storage/helpdesk-store";
import worker, { type Env, type QueuedEvent } from "#apps/hub/worker";
import { webhookBody } from "#connectors/zendesk/fixtures";
import { signZendeskWebhook } from "#connectors/zendesk/signature";
import type { TicketLink } from "#core/helpdesk/model";
import { deskTicket } from "#test/support/desk-ticket";

const secret = "workers-zendesk-signing-secret";
async function deliver(body: unknown, signWith = secret) {
  const raw = JSON.stringify(body);
  const timestamp = new Date().toISOString();
  return exports.default.fetch(
    new Request("https://status.example.com/webhooks/zendesk", {
      method: "POST",
      body: raw,
      headers: {
        "content-type": "application/json",
        "x-zendesk-webhook-signature-timestamp": timestamp,
        "x-zendesk-webhook-signature": await signZendeskWebhook(signWith, timestamp, raw),
      },
    }),
  );
}

describe("Zendesk intake and help-desk storage in workerd on D1", () => {
  it("accepts a signed webhook once, refuses a forged one", async () => {
    const body = webhookBody({ id: 4242, subject: "Payments failing", createdAt: new Date().toISOString() });
    const first = await deliver(body);
    expect(first.status).toBe(202);
    expect(await first.json()).toMatchObject({ duplicate: false, ticketId: "4242" });
    expect(await (await deliver(body)).json()).toMatchObject({ duplicate: true });
    const forged = await deliver(body, "someone-elses-secret-value");
    expect(forged.status).toBe(401);
    expect(forged.headers.get("content-type")).toContain("application/problem+json");
  });

  it("keeps links, series and the work lease on D1 under its 100-parameter limit", async () => {
    const { db, runBatch } = openD1(env.DB);
    const store = helpdeskStore(db, runBatch);
    const now = new Date();
    const links: TicketLink[] = Array.from({ length: 150 }, (_, i) => ({
      ticketId: String(10_000 + i),
      incidentId: "inc_d1",
      state: "linked",
      mode: "auto",
      score: 0.8,
      reasons: ["mentions payments"],
      linkedBy: "liaison",
      linkedAt: now,
      appliedAt: null,
      applyAttempts: 0,
      closeState: null,
      closeReason: null,
      closedAt: null,
    }));
    await store.saveLinks(links);
    for (const l of links.slice(0, 120)) {
      await store.saveTicket(deskTicket({ id: l.ticketId, subject: "Payments failing", createdAt: now }), [
        "total",
        "keyword:payments",
      ]);
    }
    expect(await store.listLinks({ incidentId: "inc_d1", states: ["linked"] })).toHaveLength(150);
    expect(await store.listUnappliedLinks(200, false)).toHaveLength(150);
    expect(await store.getTickets(links.map((l) => l.ticketId))).toHaveLength(120);
    expect(await store.busySeries(new Date(now.getTime() - 60_000), 100)).toEqual(
      expect.arrayContaining([{ key: "keyword:payments", count: 120 }]),
    );
    expect(await store.linkedInSeries(["keyword:payments"], new Date(now.getTime() - 60_000))).toEqual([
      { key: "keyword:payments", incidentId: "inc_d1", count: 120 },
    ]);
    expect(await store.tryLease("worker-a", now, 60_000)).toBe(true);
    expect(await store.tryLease("worker-b", now, 60_000)).toBe(false);
    await store.releaseLease("worker-a");
    expect(await store.tryLease("worker-b", now, 60_000)).toBe(true);
  });

  it("acknowledges a batch of ticket events together and other events one by one", async () => {
    const at = new Date().toISOString();
    const ticket = (id: string): QueuedEvent => ({
      id: `evt_q_${id}`,
      type: "helpdesk.ticket",
      subjectId: id,
      createdAt: at,
      payload: {
        actor: "end-user",
        at,
        ticket: {
          id,
          subject: "Payments failing",
          description: "",
          status: "new",
          createdAt: at,
          updatedAt: at,
          organizationId: null,
          organizationName: null,
          formId: null,
          region: null,
          tier: null,
          locale: null,
          customFields: {},
        },
      },
    });
    const bodies = [
      ticket("9001"),
      ticket("9002"),
      { id: "evt_q_other", type: "incident.updated", subjectId: "inc_x", createdAt: at, payload: {} },
    ];
    const batch = createMessageBatch(
      "liaison-events",
      bodies.map((body, i) => ({ id: `q${i}`, timestamp: new Date(), attempts: 1, body })),
    ) as MessageBatch<QueuedEvent>;
    const exec = createExecutionContext();
    await worker.queue(batch, { ...(env as unknown as Env), DB: env.DB }, exec);
    const result = await getQueueResult(batch, exec);
    expect(result.explicitAcks.sort()).toEqual(["q0", "q1", "q2"]);
    expect(result.retryMessages).toEqual([]);
  });
});
