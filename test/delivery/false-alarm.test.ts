import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sink, startSink } from "./sink";
import { createDeliveryHub } from "./support";

let sink: Sink;
let hub: Awaited<ReturnType<typeof createDeliveryHub>>;
beforeEach(async () => {
  sink = await startSink();
  hub = await createDeliveryHub(sink.url, { LIAISON_FATIGUE_MIN_INTERVAL_MS: "600000" });
  await hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "ann@example.com" });
});
afterEach(async () => {
  hub.close();
  await sink.close();
});

const mails = () => sink.byRecipient.get("ann@example.com") ?? [];
const retraction = "False alarm: checkout was never affected. No action is needed.";

describe("false alarm and fatigue", () => {
  it("cancels the alarm fatigue was holding and sends the retraction instead, once", async () => {
    await hub.publish({ title: "Search slow" });
    await hub.tick();
    expect(mails()).toHaveLength(1);
    hub.clock.advance(60_000);
    const alarm = await hub.publish({ title: "Checkout down" });
    await hub.tick();
    expect(mails()).toHaveLength(1); // the alarm waits: ann heard from us a minute ago

    const retract = await hub.call("POST", `/api/v1/incidents/${alarm.id}/updates`, {
      status: "resolved",
      kind: "false_alarm",
      message: retraction,
    });
    expect(retract.status).toBe(201);
    await hub.tick();
    hub.clock.advance(3_600_000);
    await hub.tick();

    expect(mails()).toHaveLength(2);
    expect(mails()[1]!.text).toContain(retraction);
    expect(mails()[1]!.subject).not.toMatch(/updates:/);
    expect(mails()[1]!.text).not.toContain("We are looking into a problem");
    const progress = (await hub.call("GET", `/api/v1/incidents/${alarm.id}/delivery`)).json;
    const statuses = progress.publications.map((p) => [p.kind, p.progress.channels.email]);
    expect(statuses).toEqual([
      ["investigating", { cancelled: 1 }],
      ["false_alarm", { sent: 1 }],
    ]);
  });

  it("shows the retracted incident as a false alarm on the page, not as a critical resolved incident", async () => {
    const alarm = await hub.publish({ title: "Checkout down", severity: "P1" });
    await hub.call("POST", `/api/v1/incidents/${alarm.id}/updates`, {
      status: "resolved",
      kind: "false_alarm",
      message: retraction,
    });
    const v2 = (await hub.call("GET", "/api/v2/incidents.json")).json;
    const listed = v2.incidents.find((i) => i.id === alarm.id);
    expect(listed?.impact).toBe("none");
    const page = await (await hub.app.request(`/incidents/${alarm.id}`)).text();
    expect(page).toContain("False alarm");
    expect(page).toContain(retraction);
  });
});

describe("approved words", () => {
  it("reach email subscribers as the approver saw them, on a declaration and on a draft", async () => {
    const declared = "Checkout is failing for some customers. We are on it.";
    const inc = (
      await hub.call("POST", "/api/v1/incidents", { title: "Checkout errors", severity: "P2", message: declared })
    ).json;
    await hub.tick();
    expect(mails()[0]!.text).toContain(declared);
    const approved = "Checkout works again for most customers; a few retries may still fail.";
    const draft = (await hub.call("POST", `/api/v1/incidents/${inc.id}/drafts`, { message: approved })).json;
    await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
    await hub.call("POST", `/api/v1/drafts/${draft.id}/override`, { reason: "test" });
    expect((await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {})).status).toBe(200);
    hub.clock.advance(3_600_000);
    await hub.tick();
    expect(mails()).toHaveLength(2);
    expect(mails()[1]!.text).toContain(approved);
  });
});
