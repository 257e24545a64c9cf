import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { minutes } from "#core/shared/clock";
import type { Problem } from "#test/support/call";
import { tokenFor } from "../comms/support";
import { customerTicket, workUntilQuiet, zendeskHub } from "./support";

let env: Awaited<ReturnType<typeof zendeskHub>>;
beforeEach(async () => {
  env = await zendeskHub();
});
afterEach(() => env.close());

async function incident() {
  const api = await env.hub.component("Login");
  return env.hub.declare({
    title: "Sign-in failures",
    severity: "P2",
    message: "Some customers cannot sign in.",
    components: [{ id: api, status: "partial_outage" }],
  });
}

describe("agents link and unlink tickets; rules and backfill", () => {
  it("links in one call as an agent, applies the same tags and note, and unlinks for good", async () => {
    const { hub, zd } = env;
    const inc = await incident();
    const agent = await tokenFor(hub, "agent");
    zd.add({ id: 800, subject: "Strange error on the settings page", created_at: hub.clock.now().toISOString() });
    const linked = await hub.call("POST", "/api/v1/helpdesk/tickets/800/links", { incidentId: inc.id }, agent);
    expect(linked.status).toBe(201);
    expect(linked.json).toMatchObject({ state: "linked", mode: "manual", linkedBy: "agent" });
    await workUntilQuiet(hub);
    const t = zd.tickets.get(800)!;
    expect(t.tags).toEqual(expect.arrayContaining([`liaison_incident_${inc.id}`, "known_issue"]));
    expect(t.comments[0]!.body).toContain("(agent) linked this ticket to");

    expect((await hub.call("DELETE", `/api/v1/helpdesk/tickets/800/links/${inc.id}`, undefined, agent)).status).toBe(
      204,
    );
    await workUntilQuiet(hub);
    expect(t.tags).not.toContain(`liaison_incident_${inc.id}`);
    expect(t).toMatchObject({ type: "question", problem_id: null });
    expect(t.comments.at(-1)!.body).toContain("agent unlinked this ticket");
    expect((await hub.call("GET", "/api/v1/helpdesk/tickets/800/context", undefined, agent)).json.incidents).toEqual(
      [],
    );

    // A shared app token names the agent; the link and the note record the person.
    const viaApp = await hub.call(
      "POST",
      "/api/v1/helpdesk/tickets/800/links",
      { incidentId: inc.id, agent: "Sam Rivera" },
      agent,
    );
    expect(viaApp.json.linkedBy).toBe("Sam Rivera via agent");
    await workUntilQuiet(hub);
    expect(
      (await hub.call("DELETE", `/api/v1/helpdesk/tickets/800/links/${inc.id}?agent=Sam%20Rivera`, undefined, agent))
        .status,
    ).toBe(204);
    await workUntilQuiet(hub);
    expect(t.comments.map((c) => c.body.split("\n")[0])).toEqual(
      expect.arrayContaining([
        expect.stringContaining("(Sam Rivera via agent) linked this ticket"),
        'Sam Rivera via agent unlinked this ticket from "Sign-in failures" in Liaison.',
      ]),
    );

    // The customer writes again with words that match: Liaison respects the agent's unlink.
    hub.clock.advance(minutes(1));
    await customerTicket(hub, zd, 800, "Login still broken", { event: "ticket.updated", createdAt: t.created_at });
    await workUntilQuiet(hub);
    expect(t.tags).not.toContain(`liaison_incident_${inc.id}`);
  });

  it("refuses what an agent may not do, with clear errors", async () => {
    const { hub } = env;
    const inc = await incident();
    const viewer = await tokenFor(hub, "viewer");
    const agent = await tokenFor(hub, "agent");
    expect((await hub.call("POST", "/api/v1/helpdesk/tickets/801/links", { incidentId: inc.id }, viewer)).status).toBe(
      403,
    );
    expect(
      (await hub.call("POST", "/api/v1/helpdesk/tickets/801/links", { incidentId: "inc_nope" }, agent)).status,
    ).toBe(404);
    expect(
      (await hub.call("POST", "/api/v1/helpdesk/tickets/not-a-number/links", { incidentId: inc.id }, agent)).status,
    ).toBe(400);
    expect((await hub.call("DELETE", `/api/v1/helpdesk/tickets/801/links/${inc.id}`, undefined, agent)).status).toBe(
      404,
    );
    expect(
      (await hub.call("PUT", `/api/v1/incidents/${inc.id}/helpdesk/rules`, { rules: { keywords: ["sign in"] } }, agent))
        .status,
    ).toBe(403);
    expect((await hub.call("GET", "/api/v1/helpdesk/tickets/801/context")).json).toEqual({
      ticketId: "801",
      incidents: [],
      account: null,
    });
  });

  it("backfills tickets created before the incident was declared, and again when the rules change", async () => {
    const { hub, zd } = env;
    const early = new Date(hub.clock.now().getTime() - minutes(10)).toISOString().replace(".000", "");
    zd.add({ id: 900, subject: "Login page spins forever", created_at: early });
    zd.add({ id: 901, subject: "SSO redirect loop for our team", created_at: early });
    zd.add({ id: 902, subject: "Invoice question", created_at: early });
    const inc = await incident();
    await workUntilQuiet(hub);
    let status = (await hub.call("GET", `/api/v1/incidents/${inc.id}/helpdesk`)).json;
    expect(status.backfill).toEqual({ state: "done", total: 3, done: 3, error: null });
    expect(zd.tickets.get(900)!.tags).toContain(`liaison_incident_${inc.id}`);
    expect(zd.tickets.get(901)!.tags).toEqual([]);

    const rules = { keywords: ["login", "sso"], synonyms: { sso: ["single sign-on"] }, components: ["Login", "SSO"] };
    status = (await hub.call("PUT", `/api/v1/incidents/${inc.id}/helpdesk/rules`, { rules })).json;
    expect(status).toMatchObject({ rulesDerived: false, backfill: { state: "running", done: 0 } });
    await workUntilQuiet(hub);
    expect(zd.tickets.get(901)!.tags).toContain(`liaison_incident_${inc.id}`);
    expect(zd.tickets.get(900)!.comments).toHaveLength(1);
    expect(zd.tickets.get(902)!.tags).toEqual([]);
    const bad = await hub.call<Problem>("PUT", `/api/v1/incidents/${inc.id}/helpdesk/rules`, {
      rules: { keywords: [""] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors?.[0].path).toBe("body.rules.keywords.0");
  });
});
