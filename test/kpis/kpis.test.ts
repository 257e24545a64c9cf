import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TicketLink } from "#core/helpdesk/model";
import { deskTicket } from "#test/support/desk-ticket";
import { tokenFor } from "../comms/support";
import { createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ now: new Date("2026-11-20T10:00:00Z") });
});
afterEach(() => hub.close());

const at = (hhmm: string, day = "20") => new Date(`2026-11-${day}T${hhmm}:00Z`);
const ticket = (id: string, createdAt: Date) =>
  deskTicket({ id, subject: "Checkout fails", status: "open", createdAt });
const link = (ticketId: string, incidentId: string, state: TicketLink["state"]): TicketLink => ({
  ticketId,
  incidentId,
  state,
  mode: "auto",
  score: 0.9,
  reasons: [],
  linkedBy: "liaison",
  linkedAt: at("11:50"),
  appliedAt: null,
  applyAttempts: 0,
  closeState: null,
  closeReason: null,
  closedAt: null,
});

async function update(id: string, time: string, status: string) {
  hub.clock.set(at(time));
  const res = await hub.call("POST", `/api/v1/incidents/${id}/updates`, { status, message: `Now ${status}.` });
  expect(res.status).toBe(201);
}

/**
 * A P1 (first update due within 15 min, then every 30) detected 09:50 and declared 10:00, updated
 * 10:30, 11:15 and resolved 11:40; four tickets linked, one before the first notice. A P2 (30 min,
 * then every 60) detected 11:20, declared 12:00 and silent since. One incident from the day before.
 */
async function seed() {
  hub.clock.set(at("09:00", "19"));
  await hub.declare({ title: "Yesterday", severity: "P4" });
  hub.clock.set(at("10:00"));
  const p1 = await hub.declare({
    title: "Checkout down",
    severity: "P1",
    detected_at: at("09:50").toISOString(),
    impact_start_at: at("09:45").toISOString(),
  });
  await update(p1.id, "10:30", "identified");
  await update(p1.id, "11:15", "monitoring");
  await update(p1.id, "11:40", "resolved");
  hub.clock.set(at("12:00"));
  const p2 = await hub.declare({ title: "Slow search", severity: "P2", detected_at: at("11:20").toISOString() });
  const desk = hub.services.helpdesk.store;
  const times = { t1: "09:55", t2: "10:10", t3: "10:20", t4: "11:05", t5: "10:40", t6: "10:50" };
  for (const [id, time] of Object.entries(times)) await desk.saveTicket(ticket(id, at(time)), []);
  await desk.saveLinks([
    ...["t1", "t2", "t3", "t4"].map((t) => link(t, p1.id, "linked")),
    link("t5", p1.id, "suggested"),
    link("t6", p1.id, "unlinked"),
  ]);
  hub.clock.set(at("13:30"));
  return { p1: p1.id as string, p2: p2.id as string };
}

describe("KPIs", () => {
  it("measures one incident against the policy it was declared under", async () => {
    const { p1 } = await seed();
    const res = await hub.call("GET", `/api/v1/incidents/${p1}/kpis`);
    expect(res.status).toBe(200);
    expect(res.json.first_update).toEqual({ minutes: 10, deadline_minutes: 15, on_time: true });
    expect(res.json.cadence).toEqual({ cadence_minutes: 30, intervals: 3, on_time: 2, percent_on_time: 66.67 });
    expect(res.json.tickets).toMatchObject({ linked: 4, before_first_notice: 1, after_first_notice: 3 });
    expect(res.json.tickets.per_hour).toEqual([
      { hour: "2026-11-20T09:00:00.000Z", tickets: 1, updates: 0 },
      { hour: "2026-11-20T10:00:00.000Z", tickets: 2, updates: 2 },
      { hour: "2026-11-20T11:00:00.000Z", tickets: 1, updates: 2 },
    ]);
  });

  it("folds a period: a late first update and a missed cadence on the open P2 count against it", async () => {
    const { p1, p2 } = await seed();
    const viewer = await tokenFor(hub, "viewer");
    const q = "from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z";
    const res = await hub.call("GET", `/api/v1/kpis?${q}`, undefined, viewer);
    expect(res.status).toBe(200);
    expect(res.json.incidents.map((i: { incident_id: string }) => i.incident_id)).toEqual([p1, p2]);
    expect(res.json.incidents[1].first_update).toEqual({ minutes: 40, deadline_minutes: 30, on_time: false });
    expect(res.json.incidents[1].cadence).toMatchObject({ intervals: 1, on_time: 0 });
    expect(res.json.period).toMatchObject({
      incidents: 2,
      by_severity: { P1: 1, P2: 1, P3: 0, P4: 0 },
      first_update: { median_minutes: 25, measured: 2, on_time: 1, percent_on_time: 50 },
      cadence: { intervals: 4, on_time: 2, percent_on_time: 50 },
      tickets: { linked: 4, before_first_notice: 1, after_first_notice: 3, per_incident: 2 },
    });
  });

  it("exports the period as CSV, one row per incident, and refuses a period that ends before it starts", async () => {
    const { p1, p2 } = await seed();
    const csv = await hub.call("GET", "/api/v1/kpis.csv?from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = csv.text.trimEnd().split("\r\n");
    expect(rows).toHaveLength(3);
    expect(rows[1]!.split(",").slice(0, 15)).toEqual([
      p1,
      "Checkout down",
      "P1",
      "2026-11-20T10:00:00.000Z",
      "2026-11-20T11:40:00.000Z",
      "10",
      "15",
      "true",
      "30",
      "3",
      "2",
      "66.67",
      "4",
      "1",
      "3",
    ]);
    expect(rows[2]!.startsWith(`${p2},Slow search,P2,`)).toBe(true);
    const bad = await hub.call("GET", "/api/v1/kpis?from=2026-11-21T00:00:00Z&to=2026-11-20T00:00:00Z");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await hub.call("GET", "/api/v1/kpis", undefined, { authorization: "" })).status).toBe(401);
  });
});
