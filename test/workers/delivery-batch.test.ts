import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openD1 } from "#apps/hub/storage/d1";
import { deliveryStore } from "#apps/hub/storage/delivery-store";
import { createSendGridSender } from "#connectors/notify/sendgrid/index";
import { runDeliveryWork } from "#core/delivery/job";
import { newSubscriberId } from "#core/delivery/subscribe";
import type { Publication } from "#core/ports/notifier";
import { fixedClock } from "#core/shared/clock";

const publication = (id: string): Publication => ({
  id,
  incidentId: null,
  kind: "investigating",
  createdAt: new Date("2026-11-20T10:00:00Z"),
  audience: { internal: false, regions: [], segments: [], channelTiers: {} },
  messages: [
    {
      kind: "investigating",
      channel: "email",
      locale: "en",
      subject: "Checkout errors",
      text: "Follow along at https://status.example.com/incidents/inc_1.",
      html: null,
      sms: null,
      findings: [],
    },
  ],
});

/** SendGrid at the network edge: answers each mail/send from `statuses` in turn (then 202) and keeps the bodies. */
function sendGridEdge(statuses: number[]) {
  const bodies: {
    personalizations: { custom_args: { delivery_key: string }; substitutions?: Record<string, string> }[];
  }[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(String(init.body)));
    const status = statuses.shift() ?? 202;
    return new Response(status === 202 ? null : JSON.stringify({ errors: [{ message: "oops", field: null }] }), {
      status,
    });
  }) as typeof globalThis.fetch;
  return { bodies, fetch };
}

async function setUp(count: number, statuses: number[]) {
  // The suite's D1 database outlives a test; each starts from empty delivery tables.
  await env.DB.batch(
    ["deliveries", "delivery_publications", "subscribers"].map((t) => env.DB.prepare(`delete from ${t}`)),
  );
  const { db, runBatch } = openD1(env.DB);
  const store = deliveryStore(db, runBatch);
  const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
  const subscribers = Array.from({ length: count }, (_, i) => ({
    channel: "email" as const,
    address: `u${i}@example.com`,
    locale: "en",
    regions: [],
    tier: null,
    scope: { components: [], incidentId: null },
    status: "active" as const,
  }));
  await store.addSubscribers(subscribers, newSubscriberId, clock.now());
  const edge = sendGridEdge(statuses);
  const deps = {
    store,
    clock,
    secret: "workers-delivery-secret-0123",
    baseUrl: "https://status.example.com",
    leaseMs: 60_000,
    senders: {
      email: createSendGridSender({ apiKey: "SG.test", from: { email: "status@example.com" }, fetch: edge.fetch }),
    },
  };
  const status = async () =>
    Object.fromEntries(
      (
        await env.DB.prepare("select status, count(*) as n from deliveries group by status").all<{
          status: string;
          n: number;
        }>()
      ).results.map((r) => [r.status, r.n]),
    );
  return { store, clock, edge, deps, status };
}

describe("SendGrid batches on D1 (100 bound parameters a statement)", () => {
  it("sends 1,200 emails in 2 mail/send calls and marks all 1,200 sent", async () => {
    const { store, clock, edge, deps, status } = await setUp(1200, []);
    await store.recordPublication(publication("pub_batch"), clock.now());
    await runDeliveryWork(deps, 30_000);
    expect(edge.bodies.map((b) => b.personalizations.length)).toEqual([1000, 200]);
    const keys = new Set(edge.bodies.flatMap((b) => b.personalizations.map((p) => p.custom_args.delivery_key)));
    expect(keys.size).toBe(1200);
    expect(edge.bodies[0]!.personalizations[0]!.substitutions?.["-liaison_delivery-"]).toBe(
      encodeURIComponent(edge.bodies[0]!.personalizations[0]!.custom_args.delivery_key),
    );
    expect(await status()).toEqual({ sent: 1200 });
    // Retention on D1: bounded deletes through a subquery, then the emptied publication.
    const later = new Date(clock.now().getTime() + 1000);
    expect(await store.purgeSettled(later, 1000)).toBe(1000);
    expect(await store.purgeSettled(later, 1000)).toBe(200);
    const left = await env.DB.prepare("select count(*) as n from delivery_publications").first<{ n: number }>();
    expect(left!.n).toBe(0);
  });

  it("retries a 500 batch as a whole, and lets the Event Webhook's confirmation settle it", async () => {
    const { store, clock, edge, deps, status } = await setUp(300, [500]);
    await store.recordPublication(publication("pub_retry"), clock.now());
    await runDeliveryWork(deps, 30_000);
    expect(edge.bodies).toHaveLength(1);
    expect(await status()).toEqual({ queued: 300 });
    const keys = edge.bodies[0]!.personalizations.map((p) => p.custom_args.delivery_key);
    expect(await store.confirmSent(keys.slice(0, 150), clock.now())).toBe(150);
    clock.advance(3_600_000);
    await runDeliveryWork(deps, 30_000);
    expect(edge.bodies.map((b) => b.personalizations.length)).toEqual([300, 150]);
    expect(await status()).toEqual({ sent: 300 });
  });
});
