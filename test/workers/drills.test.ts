import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import { createServices } from "#apps/hub/services";
import { openD1 } from "#apps/hub/storage/d1";
import { defaultRates } from "#core/delivery/rate-limit";
import { newSubscriberId } from "#core/delivery/subscribe";
import { startDrill } from "#core/drills/use-cases";
import { builtInPolicy } from "#core/policy/document";
import type { ChannelSender, OutgoingMessage } from "#core/ports/delivery";
import { fixedClock } from "#core/shared/clock";
import { createRateLimiter } from "#core/shared/token-bucket";

describe("a fire drill in workerd on D1", () => {
  it("captures the drill's subscriber and internal messages in D1 and sends none", async () => {
    const { db, runBatch } = openD1(env.DB);
    const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
    const sent: OutgoingMessage[] = [];
    const edge: ChannelSender = {
      send: async (m) => {
        sent.push(m);
        return { ok: true };
      },
    };
    const services = createServices({
      db,
      runBatch,
      clock,
      page: { id: "liaison", name: "Acme status", url: "https://status.example.com", timeZone: "Etc/UTC" },
      adminTokenHash: null,
      delivery: {
        senders: { email: edge, sms: edge },
        secret: "workers-delivery-secret-0123456789",
        leaseMs: 60_000,
        minIntervalMs: 0,
        retentionDays: 30,
        publicSignup: true,
        limiter: createRateLimiter(defaultRates),
      },
      internalAlerts: {
        targets: [{ channel: "slack", to: "https://hooks.slack.com/services/T/B/x" }],
        senders: { slack: edge, teams: edge },
      },
    });
    await services.delivery!.store.addSubscribers(
      [
        {
          channel: "email",
          address: "ops@customer.example",
          locale: "en",
          regions: [],
          tier: null,
          scope: { components: [], incidentId: null },
          status: "active",
        },
      ],
      newSubscriberId,
      clock.now(),
    );
    const ctx = {
      ...services,
      policy: builtInPolicy,
      actor: { tokenId: null, name: "drill lead", role: "admin" as const, approves: [] },
    };
    const drill = await startDrill({
      ctx,
      input: { title: "Drill on D1", severity: "P2", message: "Rehearsal: checkout fails." },
    });
    const run = () =>
      runScheduledWork(
        services,
        (events) => handleEvents(events, services),
        async () => {},
      );
    await run();
    clock.advance(61 * 60_000); // past the P2 cadence: an update reminder for the internal channel
    await run();

    expect(sent).toEqual([]);
    const captures = await services.drills.captures.list(drill.id);
    expect(captures.filter((c) => c.port === "delivery").map((c) => [c.channel, c.recipient])).toEqual([
      ["email", "ops@customer.example"],
    ]);
    expect(captures.filter((c) => c.port === "internal_alert").map((c) => [c.channel, c.recipient])).toEqual([
      ["slack", "hooks.slack.com"],
    ]);
    expect((await services.store.getIncident(drill.id))?.drill).toBe(true);
    expect(await services.store.listIncidents({ phase: "open" })).not.toContainEqual(
      expect.objectContaining({ id: drill.id }),
    );
  });
});
