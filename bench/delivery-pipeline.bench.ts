/**
 * Delivery benchmark (issue 6). Prints, in one run:
 *  - publish latency p50 (API publish + outbox hand-off to the delivery notifier) with 1,000 vs
 *    100,000 subscribers, and their ratio (goal <= 1.5: publishing is O(1) in subscribers);
 *  - rows written per publication, at publish and after expansion;
 *  - delivery throughput into a local sink (SendGrid-shaped HTTP server on 127.0.0.1), and the
 *    SendGrid calls made against the minimum the 1,000-personalization limit allows.
 */
import { drainOutbox, handleEvents } from "#apps/hub/jobs/scheduled";
import { runDeliveryWork } from "#core/delivery/job";
import { newSubscriberId } from "#core/delivery/subscribe";
import { startSink } from "#test/delivery/sink";
import { createDeliveryHub } from "#test/delivery/support";

const runs = 7;
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sink = await startSink();

async function hubWith(subscribers: number) {
  // Rate limits lifted: this measures the pipeline, not the provider ceiling.
  const hub = await createDeliveryHub(sink.url, { LIAISON_DELIVERY_RATES: JSON.stringify({ email: 1e6 }) });
  const store = hub.services.delivery!.store;
  for (let i = 0; i < subscribers; i += 5000) {
    const page = Array.from({ length: Math.min(5000, subscribers - i) }, (_, j) => ({
      channel: "email" as const,
      address: `u${i + j}@example.com`,
      locale: "en",
      regions: [],
      tier: null,
      scope: { components: [], incidentId: null },
      status: "active" as const,
    }));
    await store.addSubscribers(page, newSubscriberId, hub.clock.now());
  }
  return hub;
}

async function publishLatency(subscribers: number) {
  const hub = await hubWith(subscribers);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const inc = (
      await hub.call("POST", "/api/v1/incidents", {
        title: `Bench ${i}`,
        severity: "P2",
        message: "We are investigating failed checkouts.",
      })
    ).json;
    const draft = (await hub.call("POST", `/api/v1/incidents/${inc.id}/drafts`, {})).json;
    await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
    await hub.call("POST", `/api/v1/drafts/${draft.id}/override`, { reason: "bench" });
    await drainOutbox(hub.services, async () => {});
    const start = performance.now();
    await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {});
    await drainOutbox(hub.services, (events) => handleEvents(events, hub.services));
    times.push(performance.now() - start);
  }
  const rows =
    (await hub.db.all<{ n: number }>(`select count(*) as n from delivery_publications` as never))[0]!.n / runs;
  hub.close();
  return { p50: p50(times), rowsAtPublish: rows };
}

const log = console.log;
console.log = () => {};
const small = await publishLatency(1_000);
const large = await publishLatency(100_000);

const n = 20_000;
const hub = await hubWith(n);
await hub.publish({});
await drainOutbox(hub.services, (events) => handleEvents(events, hub.services));
const callsBefore = sink.stats().mailCalls;
const start = performance.now();
const deps = { ...hub.services.delivery!, clock: hub.services.clock, baseUrl: hub.services.page.url };
while (sink.stats().accepted < n) await runDeliveryWork(deps, 5_000);
const seconds = (performance.now() - start) / 1000;
const mailCalls = sink.stats().mailCalls - callsBefore;
const minimumCalls = Math.ceil(n / 1000);
const deliveryRows = (await hub.db.all<{ n: number }>(`select count(*) as n from deliveries` as never))[0]!.n;
console.log = log;

console.log(`publish p50 with 1,000 subscribers:   ${small.p50.toFixed(2)} ms`);
console.log(`publish p50 with 100,000 subscribers: ${large.p50.toFixed(2)} ms`);
console.log(`ratio 100k/1k: ${(large.p50 / small.p50).toFixed(2)} (goal <= 1.5)`);
console.log(`rows written at publish (delivery tables): ${small.rowsAtPublish} per publication, at any audience size`);
console.log(
  `rows after expansion for ${n} subscribers: 1 publication + ${deliveryRows} deliveries (one per recipient and channel)`,
);
console.log(
  `delivery throughput into a local sink: ${Math.round(n / seconds)} messages/s (${n} emails, ${seconds.toFixed(2)} s)`,
);
console.log(
  `SendGrid mail/send calls for ${n} emails: ${mailCalls} against the minimum ceil(${n}/1000) = ${minimumCalls}: ratio ${(mailCalls / minimumCalls).toFixed(3)} (one call per recipient would be ${n})`,
);
hub.close();
await sink.close();
