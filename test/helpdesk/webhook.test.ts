import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webhookBody } from "#connectors/zendesk/fixtures";
import { createTestHub } from "../support/hub";
import { sendWebhook, workUntilQuiet, zendeskHub } from "./support";

let env: Awaited<ReturnType<typeof zendeskHub>>;
beforeEach(async () => {
  env = await zendeskHub();
});
afterEach(() => env.close());

const body = (id = 700) => webhookBody({ id, subject: "Payments failing", createdAt: "2026-11-20T10:00:00Z" });
const pendingTicketEvents = async () =>
  (await env.hub.services.store.listPendingEvents(100)).filter((e) => e.type === "helpdesk.ticket");

describe("POST /webhooks/zendesk", () => {
  it("refuses unsigned, forged and stale deliveries with 401 problem+json, and stores nothing", async () => {
    const { hub } = env;
    const unsigned = await sendWebhook(hub, body(), { signature: null });
    const forged = await sendWebhook(hub, body(), { secret: "another-secret-0123456789" });
    const stale = await sendWebhook(hub, body(), {
      timestamp: new Date(hub.clock.now().getTime() - 6 * 60_000).toISOString(),
    });
    for (const [res, words] of [
      [unsigned, "not signed"],
      [forged, "does not match"],
      [stale, "5 minutes"],
    ] as const) {
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.json.detail).toContain(words);
      expect(res.json.requestId).toMatch(/^req_/);
      expect(JSON.stringify(res.json)).not.toContain("zd-signing-secret");
    }
    const tampered = JSON.stringify(body()).replace("Payments failing", "Payments failing!!");
    const sig = await sendWebhook(hub, body());
    expect(sig.status).toBe(202);
    const replayWithOtherBody = await hub.app.request("/webhooks/zendesk", {
      method: "POST",
      body: tampered,
      headers: {
        "x-zendesk-webhook-signature": "AAAA",
        "x-zendesk-webhook-signature-timestamp": hub.clock.now().toISOString(),
      },
    });
    expect(replayWithOtherBody.status).toBe(401);
    expect(await pendingTicketEvents()).toHaveLength(1);
  });

  it("processes a redelivery once", async () => {
    const { hub, zd } = env;
    const payments = await hub.component("Payments");
    await hub.declare({
      title: "Payments down",
      severity: "P2",
      message: "Payments fail.",
      components: [{ id: payments, status: "major_outage" }],
    });
    zd.add({ id: 700, subject: "Payments failing", created_at: "2026-11-20T10:00:00Z" });
    expect((await sendWebhook(hub, body())).json).toMatchObject({ accepted: true, duplicate: false, ticketId: "700" });
    expect((await sendWebhook(hub, body())).json).toMatchObject({ accepted: true, duplicate: true });
    expect(await pendingTicketEvents()).toHaveLength(1);
    await workUntilQuiet(hub);
    expect((await sendWebhook(hub, body())).json.duplicate).toBe(true);
    await workUntilQuiet(hub);
    expect(zd.tickets.get(700)!.comments).toHaveLength(1);
  });

  it("names what is wrong with a body and loses nothing valid", async () => {
    const { hub } = env;
    const notJson = await sendWebhook(hub, "{ticket: 1");
    expect(notJson.status).toBe(400);
    expect(notJson.json.detail).toContain("not JSON");
    const bad = await sendWebhook(hub, {
      event: "ticket.created",
      ticket: { id: "abc", status: "new", created_at: "yesterday", updated_at: "2026-11-20T10:00:00Z" },
      updated_by: { role: "end-user" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(["body.ticket.id", "body.ticket.created_at"]),
    );
  });

  it("refuses an oversized body with 413 problem+json even when it declares no length", async () => {
    const big = JSON.stringify({ ...body(), padding: "x".repeat(300 * 1024) });
    const res = await env.hub.app.request("/webhooks/zendesk", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(((await res.json()) as { detail: string }).detail).toBe("A ticket webhook body is at most 256 kB.");
    expect(await pendingTicketEvents()).toEqual([]);
  });

  it("answers 404 when no signing secret is configured", async () => {
    const plain = await createTestHub();
    const res = await sendWebhook(plain, body());
    expect(res.status).toBe(404);
    expect(res.json.detail).toContain("ZENDESK_WEBHOOK_SECRET");
    plain.close();
  });
});
