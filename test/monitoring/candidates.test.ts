import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { defaultPolicy } from "#core/policy/document";
import { createTestHub, type TestHub } from "../support/hub";
import { monitoringConfig, send } from "./support";

let hub: TestHub;
let checkout: string;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-21T22:00:00Z"), monitoring: monitoringConfig });
  checkout = await hub.component("Checkout");
  await hub.component("Search");
});
afterEach(() => hub.close());

const alert = (fingerprint: string, status: "firing" | "resolved" = "firing", service = "checkout") =>
  alertmanagerNotification([
    {
      alertname: `${service}-errors`,
      fingerprint,
      status,
      labels: { service },
      startsAt: hub.clock.now().toISOString(),
      endsAt: status === "resolved" ? hub.clock.now().toISOString() : undefined,
    },
  ]);
const candidates = async (query: "" | `?${string}` = "") =>
  (await hub.call("GET", `/api/v1/candidates${query}`)).json.candidates;
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const tokenFor = async (role: string) =>
  (await hub.call("POST", "/api/v1/tokens", { name: `${role} bot`, role })).json.token as string;

describe("grouping and flapping", () => {
  it("keeps a flapping alert on its candidate within the window, and opens a new one after it", async () => {
    await send(hub, "alertmanager", alert("flap1"));
    for (let i = 0; i < 3; i++) {
      hub.clock.advance(5 * 60_000);
      await send(hub, "alertmanager", alert("flap1", "resolved"));
      hub.clock.advance(5 * 60_000);
      await send(hub, "alertmanager", alert("flap1"));
    }
    const [only] = await candidates();
    expect(await candidates()).toHaveLength(1);
    expect((await hub.call("GET", `/api/v1/candidates/${only.id}`)).json.signals[0].flaps).toBe(3);

    await hub.call("POST", `/api/v1/candidates/${only.id}/decline`, {
      reason: "Synthetic check flapping; no customer impact.",
    });
    hub.clock.advance(5 * 60_000);
    await send(hub, "alertmanager", alert("flap1", "resolved"));
    hub.clock.advance(5 * 60_000);
    await send(hub, "alertmanager", alert("flap1"));
    expect(await candidates()).toHaveLength(1); // still the declined one: a flap does not ask again

    hub.clock.advance(5 * 60_000);
    await send(hub, "alertmanager", alert("flap1", "resolved"));
    hub.clock.advance(31 * 60_000);
    await send(hub, "alertmanager", alert("flap1"));
    const after = await candidates();
    expect(after.map((c: { status: string }) => c.status)).toEqual(["open", "declined"]);
  });

  it("keeps later alerts of the same Alertmanager group together when they name no component", async () => {
    const at = hub.clock.now().toISOString();
    await send(
      hub,
      "alertmanager",
      alertmanagerNotification([{ alertname: "DiskFull", fingerprint: "g1", startsAt: at }], { groupBy: "job" }),
    );
    await send(
      hub,
      "alertmanager",
      alertmanagerNotification([{ alertname: "DiskFull", fingerprint: "g2", startsAt: at }], { groupBy: "job" }),
    );
    await send(
      hub,
      "alertmanager",
      alertmanagerNotification(
        [{ alertname: "DiskFull", fingerprint: "g3", startsAt: at, labels: { job: "billing-api" } }],
        { groupBy: "job" },
      ),
    );
    expect((await candidates()).map((c: { total: number }) => c.total).sort()).toEqual([1, 2]);
  });

  it("puts alerts on different components into different candidates", async () => {
    await send(hub, "alertmanager", alert("c1"));
    await send(hub, "alertmanager", alert("s1", "firing", "search"));
    await send(hub, "alertmanager", alert("c2"));
    const list = await candidates();
    expect(list.map((c) => c.total).sort()).toEqual([1, 2]);
    expect(list.find((c) => c.total === 2)?.components).toEqual([checkout]);
  });
});

describe("confirm and decline", () => {
  it("needs a role that may declare, records who declined and why, and confirms once", async () => {
    await send(hub, "alertmanager", alert("r1"));
    const [c] = await candidates();
    const viewer = await tokenFor("viewer");
    const liaison = await tokenFor("liaison");
    expect((await hub.call("GET", "/api/v1/candidates", undefined, as(viewer))).status).toBe(403);
    expect((await hub.call("GET", "/api/v1/candidates", undefined, as(liaison))).status).toBe(200);
    expect(
      (await hub.call("POST", `/api/v1/candidates/${c.id}/confirm`, { message: "Checkout fails." }, as(liaison)))
        .status,
    ).toBe(403);
    expect(
      (await hub.call("POST", `/api/v1/candidates/${c.id}/decline`, { reason: "Not us." }, as(liaison))).status,
    ).toBe(403);
    expect((await hub.call("POST", `/api/v1/candidates/${c.id}/decline`, {})).status).toBe(400);

    const commander = await tokenFor("commander");
    const declined = await hub.call(
      "POST",
      `/api/v1/candidates/${c.id}/decline`,
      { reason: "Canary only; customers unaffected." },
      as(commander),
    );
    expect(declined.json).toMatchObject({
      status: "declined",
      decline_reason: "Canary only; customers unaffected.",
      decided_by: "commander bot",
    });
    expect((await hub.call("POST", `/api/v1/candidates/${c.id}/decline`, { reason: "again" })).status).toBe(409);

    const confirmed = await hub.call(
      "POST",
      `/api/v1/candidates/${c.id}/confirm`,
      { message: "Checkout fails for some customers.", severity: "P3" },
      as(commander),
    );
    expect(confirmed.status).toBe(201);
    expect((await hub.call("GET", `/api/v1/incidents/${confirmed.json.incident_id}`)).json).toMatchObject({
      severity: "P3",
      components: [{ id: checkout, status: "degraded_performance" }],
    });
    expect((await hub.call("POST", `/api/v1/candidates/${c.id}/confirm`, { message: "again" })).status).toBe(409);
    expect((await hub.call("GET", "/api/v1/incidents")).json.incidents).toHaveLength(1);
    expect((await hub.call("GET", "/api/v1/candidates/cnd_unknown")).status).toBe(404);
  });

  it("auto-confirms a candidate whose suggested severity the policy lists", async () => {
    const policy = {
      ...defaultPolicy,
      monitoring: {
        ...defaultPolicy.monitoring,
        rules: [{ match: { service: "checkout" }, impact: { customersAffectedPercent: 40 } }],
        autoConfirm: [{ severities: ["P1"], message: "Checkout is failing for many customers. We are on it." }],
      },
    };
    expect((await hub.call("PUT", "/api/v1/policy", policy)).status).toBe(200);
    hub.clock.set(new Date("2026-11-23T14:00:00Z")); // Monday afternoon: peak, so 40% stays P1
    const res = await send(hub, "alertmanager", alert("p1"));
    expect(res.json.autoConfirmed).toHaveLength(1);
    const [c] = await candidates();
    expect(c).toMatchObject({
      status: "confirmed",
      suggested_severity: "P1",
      decided_by: "Liaison monitoring (auto-confirm)",
    });
    expect((await hub.call("GET", `/api/v1/incidents/${c.incident_id}`)).json).toMatchObject({
      severity: "P1",
      updates: [{ message: "Checkout is failing for many customers. We are on it." }],
    });
    await send(
      hub,
      "alertmanager",
      alertmanagerNotification([
        {
          alertname: "SearchSlow",
          fingerprint: "s9",
          labels: { service: "search", severity: "warning" },
          startsAt: hub.clock.now().toISOString(),
        },
      ]),
    );
    expect((await candidates("?status=open")).map((x) => x.suggested_severity)).toEqual(["P3"]); // left for a person
  });
});

describe("ticket surges", () => {
  it("lists unexplained surges beside alert candidates, and leaves explained ones out", async () => {
    const store = hub.services.helpdesk.store;
    await store.saveSurge(
      {
        id: "evt_surge1",
        seriesKey: "keyword:login",
        startedAt: new Date("2026-11-21T21:50:00Z"),
        observed: 31,
        expected: 2.5,
        explainedBy: [],
        endedAt: null,
      },
      [],
    );
    await store.saveSurge(
      {
        id: "evt_surge2",
        seriesKey: "total",
        startedAt: new Date("2026-11-21T21:40:00Z"),
        observed: 40,
        expected: 9,
        explainedBy: ["inc_x"],
        endedAt: null,
      },
      [],
    );
    await send(hub, "alertmanager", alert("a1"));
    const list = await candidates();
    expect(list.map((c: { kind: string }) => c.kind)).toEqual(["alerts", "ticket_surge"]);
    expect(list[1]).toMatchObject({
      id: "evt_surge1",
      status: "open",
      sources: ["helpdesk"],
      title: "Unexplained ticket surge: keyword:login",
    });
    expect(await candidates("?status=declined")).toEqual([]);
  });
});
