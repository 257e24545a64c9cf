import { afterEach, describe, expect, it } from "vitest";
import { drainOutbox, handleEvents, runDelivery } from "#apps/hub/jobs/scheduled";
import { type Sink, startSink } from "./sink";
import { createDeliveryHub } from "./support";

let sink: Sink;
let hub: Awaited<ReturnType<typeof createDeliveryHub>>;
afterEach(async () => {
  hub.close();
  await sink.close();
});

const importEmails = async (emails: { email: string; locale?: string }[]) => {
  for (let i = 0; i < emails.length; i += 1000)
    await hub.call("POST", "/api/v1/subscribers/import", { contacts: emails.slice(i, i + 1000) });
};
const deliveryIds = async () =>
  new Map(
    (
      await hub.db.all<{ id: string; address: string }>(
        `select d.id, s.address from deliveries d join subscribers s on s.id = d.subscriber_id` as never,
      )
    ).map((r) => [r.address, r.id]),
  );

describe("SendGrid batching: one mail/send call carries up to 1,000 personalizations", () => {
  it("sends 2,500 emails in 3 calls, each recipient with its own unsubscribe link and tracked link", async () => {
    sink = await startSink();
    hub = await createDeliveryHub(sink.url);
    await importEmails(Array.from({ length: 2500 }, (_, i) => ({ email: `user${i}@example.com` })));
    await hub.publish({});
    await hub.tick();
    expect(sink.stats().mailCalls).toBe(3);
    expect(sink.byRecipient.size).toBe(2500);
    const ids = await deliveryIds();
    const unsubscribeLinks = new Set<string>();
    for (const [address, [mail, ...more]] of sink.byRecipient) {
      expect(more).toHaveLength(0);
      expect(mail!.key).toBe(ids.get(address));
      const header = mail!.headers["List-Unsubscribe"]!.slice(1, -1);
      unsubscribeLinks.add(header);
      // The visible footer link and the one-click header are the same, per recipient.
      expect(mail!.text).toContain(`: ${header}`);
      expect(mail!.html).toContain(`href="${header}"`);
      const tracked = new URL(/https:\/\/status\.example\.com\/r\?d=\S+/.exec(mail!.text)![0].replace(/\.$/, ""));
      expect(tracked.searchParams.get("d")).toBe(ids.get(address));
      expect(mail!.html).toContain(`/r?d=${encodeURIComponent(ids.get(address)!)}&amp;to=`);
      expect(mail!.text).not.toContain("-liaison_");
    }
    expect(unsubscribeLinks.size).toBe(2500);
    const progress = (
      await hub.call("GET", `/api/v1/publications/${ids.get("user0@example.com")!.split(":")[0]}/progress`)
    ).json;
    expect(progress.channels.email).toEqual({ sent: 2500 });
  });

  it("batches by wording: each locale gets its own call, wholly in its own language", async () => {
    sink = await startSink();
    hub = await createDeliveryHub(sink.url);
    await importEmails([
      { email: "ann@example.com" },
      { email: "bob@example.com" },
      { email: "chloe@example.fr", locale: "fr" },
      { email: "denis@example.fr", locale: "fr-CA" },
      { email: "eva@example.de", locale: "de" },
    ]);
    await hub.publish({}, { locales: ["en", "fr", "de"] });
    await hub.tick();
    expect(sink.stats().mailCalls).toBe(3);
    const text = (address: string) => sink.byRecipient.get(address)![0]!.text;
    expect(text("ann@example.com")).toMatch(
      /^We are looking into a problem with our service\. Some customers see errors/,
    );
    expect(text("ann@example.com")).toContain("Unsubscribe or change your preferences: https://");
    for (const fr of ["chloe@example.fr", "denis@example.fr"]) {
      expect(text(fr)).toMatch(/^Nous examinons un problème avec notre service\. Certains clients rencontrent/);
      expect(text(fr)).toContain("Se désabonner ou modifier vos préférences : https://");
    }
    expect(text("eva@example.de")).toMatch(/^Wir prüfen ein Problem mit unserem Dienst\. Einige Kunden sehen/);
    expect(text("eva@example.de")).toContain("Abbestellen oder Einstellungen ändern: https://");
  });

  it("fails only the address SendGrid's 400 names, and sends the rest of the batch", async () => {
    sink = await startSink({ rejectAddress: "user3@example.com" });
    hub = await createDeliveryHub(sink.url);
    await importEmails(Array.from({ length: 6 }, (_, i) => ({ email: `user${i}@example.com` })));
    const inc = await hub.publish({});
    await hub.tick();
    hub.clock.advance(3_600_000);
    await hub.tick();
    expect(sink.stats().mailCalls).toBe(2);
    expect([...sink.byRecipient.keys()].sort()).toEqual([
      "user0@example.com",
      "user1@example.com",
      "user2@example.com",
      "user4@example.com",
      "user5@example.com",
    ]);
    const [pub] = await hub.db.all<{ id: string }>(
      `select id from delivery_publications where json_extract(payload, '$.incidentId') = '${inc.id}'` as never,
    );
    const progress = (await hub.call("GET", `/api/v1/publications/${pub!.id}/progress`)).json;
    expect(progress.channels.email).toEqual({ sent: 5, failed: 1 });
  });

  it("resends a whole batch the provider answered 500, once per recipient", async () => {
    sink = await startSink({ failRate: 1 });
    hub = await createDeliveryHub(sink.url);
    await importEmails(Array.from({ length: 1500 }, (_, i) => ({ email: `user${i}@example.com` })));
    await hub.publish({});
    await hub.tick();
    expect(sink.stats()).toMatchObject({ mailCalls: 2, accepted: 0 });
    sink.setFailRate(0);
    hub.clock.advance(60_000);
    await hub.tick();
    expect(sink.stats()).toMatchObject({ mailCalls: 4, accepted: 1500, duplicates: 0 });
    expect([...sink.byRecipient.values()].every((m) => m.length === 1)).toBe(true);
  });
});

describe("a cap on provider calls per run (a Worker invocation's subrequest limit)", () => {
  it("stops a run at LIAISON_DELIVERY_MAX_CALLS and says work is left, so the next run carries on", async () => {
    sink = await startSink();
    hub = await createDeliveryHub(sink.url, { LIAISON_DELIVERY_MAX_CALLS: "5" });
    for (let i = 0; i < 12; i++)
      await hub.call("POST", "/api/v1/subscribers", { channel: "webhook", address: `${sink.url}/hook/${i}` });
    await hub.publish({});
    await drainOutbox(hub.services, (events) => handleEvents(events, hub.services));
    const runs: { more: boolean; calls: number }[] = [];
    for (let i = 0; i < 3; i++) runs.push({ more: await runDelivery(hub.services), calls: sink.stats().calls });
    expect(runs).toEqual([
      { more: true, calls: 5 },
      { more: true, calls: 10 },
      { more: false, calls: 12 },
    ]);
    expect(sink.byRecipient.size).toBe(12);
  });
});
