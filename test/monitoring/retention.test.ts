import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScheduledWork } from "#apps/hub/jobs/scheduled";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { createTestHub, type TestHub } from "../support/hub";
import { monitoringConfig, send } from "./support";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-21T22:00:00Z"), monitoring: monitoringConfig });
  await hub.component("Checkout");
});
afterEach(() => hub.close());

const day = 86_400_000;
const keys = async () => (await hub.db.all<{ n: number }>("select count(*) as n from alert_deliveries" as never))[0]!.n;
const notification = (fingerprint: string) =>
  alertmanagerNotification([{ alertname: "CheckoutErrors", fingerprint, labels: { service: "checkout" } }]);

describe("monitoring delivery keys", () => {
  it("are kept a week, so redeliveries within it change nothing, and then purged by housekeeping", async () => {
    const old = notification("aa01");
    expect((await send(hub, "alertmanager", old)).json).toMatchObject({ duplicate: false });
    hub.clock.advance(7 * day - 60_000);
    const recent = notification("aa02");
    expect((await send(hub, "alertmanager", recent)).json).toMatchObject({ duplicate: false });
    expect((await send(hub, "alertmanager", old)).json).toMatchObject({ duplicate: true });

    hub.clock.advance(day);
    await runScheduledWork(hub.services, async () => {});
    expect(await keys()).toBe(1);
    expect((await send(hub, "alertmanager", recent)).json).toMatchObject({ duplicate: true });
    expect((await send(hub, "alertmanager", old)).json).toMatchObject({ duplicate: false });
  });
});
