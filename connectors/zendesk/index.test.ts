import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createZendeskConnector } from "./index";
import { fakeZendesk } from "./testing/fake-zendesk";

const base = "https://acme.zendesk.com/api/v2";
const zd = fakeZendesk(base);
const server = setupServer(...zd.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sleeps: number[] = [];
const desk = createZendeskConnector({
  subdomain: "acme",
  email: "liaison@acme.test",
  token: "zd-secret-token-123",
  retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
});

describe("Zendesk connector (node-zendesk against msw)", () => {
  it("solves tickets through update_many and reads the job outcomes, failures included", async () => {
    zd.add({ id: 1, subject: "a" });
    zd.add({ id: 2, subject: "b" });
    zd.add({ id: 3, subject: "c" });
    zd.state.failTickets.set(3, "Status: closed prevents ticket update");
    const job = await desk.updateMany(["1", "2", "3"], {
      status: "solved",
      addTags: ["liaison_solved_inc_x"],
      comment: { body: "Fixed.", public: true },
    });
    const outcome = (await desk.jobOutcomes([job])).get(job)!;
    expect(outcome).toMatchObject({
      done: true,
      succeeded: ["1", "2"],
      failed: [{ id: "3", error: "TicketUpdateFailed: Status: closed prevents ticket update" }],
    });
    expect(zd.tickets.get(1)).toMatchObject({
      status: "solved",
      tags: ["liaison_solved_inc_x"],
      comments: [{ body: "Fixed.", public: true }],
    });
    expect((await desk.ticketTags(["1", "3"])).get("1")).toEqual(["liaison_solved_inc_x"]);
  });

  it("creates one problem ticket per external id and one macro per title, even when asked twice", async () => {
    const first = await desk.ensureProblemTicket({
      externalId: "liaison:inc_1",
      subject: "[P1] Payments",
      body: "kept by Liaison",
      tags: ["liaison_incident_inc_1"],
    });
    expect(
      await desk.ensureProblemTicket({
        externalId: "liaison:inc_1",
        subject: "[P1] Payments",
        body: "kept by Liaison",
        tags: [],
      }),
    ).toBe(first);
    expect(zd.tickets.get(Number(first))).toMatchObject({ type: "problem", external_id: "liaison:inc_1" });
    const spec = {
      title: "Liaison: Payments (inc_1)",
      comment: "We know.",
      tags: ["liaison_incident_inc_1"],
      active: true,
    };
    const macro = await desk.saveMacro(null, spec);
    expect(await desk.saveMacro(null, { ...spec, comment: "Fixed soon." })).toBe(macro);
    expect(zd.macros.size).toBe(1);
    expect(zd.macros.get(Number(macro))!.actions).toContainEqual({ field: "comment_value", value: "Fixed soon." });
  });

  it("pages search results by creation time without repeating a ticket", async () => {
    for (let i = 0; i < 230; i++)
      zd.add({
        id: 1000 + i,
        subject: `t${i}`,
        created_at: new Date(Date.UTC(2026, 10, 20, 10, 0, Math.floor(i / 3))).toISOString().replace(".000", ""),
      });
    const since = new Date("2026-11-20T10:00:00Z");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await desk.searchCreatedSince(since, cursor);
      seen.push(...page.tickets.map((t) => t.id));
      cursor = page.next;
    } while (cursor);
    const customerTickets = [...zd.tickets.values()].filter((t) => t.type !== "problem").length;
    expect(customerTickets).toBeGreaterThanOrEqual(230);
    expect(seen.length).toBe(customerTickets);
    expect(new Set(seen).size).toBe(customerTickets);
    expect(await desk.countCreatedSince(since)).toBe(customerTickets);
  });

  it("waits for Retry-After on 429, backs off on 500, and never retries a 4xx", async () => {
    let n = 0;
    server.use(
      http.get(`${base}/tickets/show_many.json`, () =>
        ++n === 1
          ? HttpResponse.json({ error: "APIRateLimitExceeded" }, { status: 429, headers: { "Retry-After": "7" } })
          : n === 2
            ? HttpResponse.json({ error: "InternalError" }, { status: 500 })
            : HttpResponse.json({ tickets: [] }),
      ),
    );
    sleeps.length = 0;
    await desk.ticketTags(["1"]);
    expect(n).toBe(3);
    expect(sleeps[0]).toBe(7000);
    expect(sleeps[1]).toBeGreaterThan(0);
    server.use(
      http.put(`${base}/tickets/:id.json`, () => {
        n++;
        return HttpResponse.json({ error: "RecordInvalid" }, { status: 422 });
      }),
    );
    n = 0;
    const error = await desk.updateTicket("1", { addTags: ["x"] }).catch((e: Error) => e);
    expect(n).toBe(1);
    expect(error).toMatchObject({ status: 422, retry: false });
    expect(String((error as Error).message)).not.toContain("zd-secret-token-123");
  });
});

describe("Zendesk connector against the API as documented", () => {
  const bodies: Record<string, unknown>[] = [];
  const spy = () =>
    server.events.on("request:start", async ({ request }) => {
      if (request.method === "PUT") bodies.push(((await request.clone().json()) as { ticket: never }).ticket);
    });

  it("updates one ticket's tags with the merged list under safe_update, re-reading after a 409", async () => {
    zd.add({ id: 41, subject: "a", tags: ["vip", "routing_eu", "old_tag"] });
    spy();
    bodies.length = 0;
    zd.script("tickets.update", {
      status: 409,
      headers: {},
    });
    await desk.updateTicket("41", { addTags: ["liaison_incident_inc_1"], removeTags: ["old_tag"], type: "incident" });
    expect(zd.tickets.get(41)).toMatchObject({
      tags: ["vip", "routing_eu", "liaison_incident_inc_1"],
      type: "incident",
    });
    expect(zd.count("tickets.show")).toBeGreaterThanOrEqual(2);
    for (const body of bodies) {
      expect(body).not.toHaveProperty("additional_tags");
      expect(body).not.toHaveProperty("remove_tags");
      expect(body).toMatchObject({ safe_update: true, updated_stamp: expect.any(String) });
    }
    server.events.removeAllListeners();
  });

  it("leaves problem tickets out of search, though Zendesk's search returns them", async () => {
    const since = new Date("2031-01-01T00:00:00Z");
    zd.add({ id: 51, subject: "Payments down", created_at: "2031-01-01T00:00:05Z", type: null });
    zd.add({ id: 52, subject: "[P1] Payments down", created_at: "2031-01-01T00:00:06Z", type: "problem" });
    const page = await desk.searchCreatedSince(since, null);
    expect(page.tickets.map((t) => t.id)).toEqual(["51"]);
    expect(await desk.countCreatedSince(since)).toBe(1);
  });
});
