import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webhookBody } from "#connectors/zendesk/fixtures";
import { minutes } from "#core/shared/clock";
import { customerTicket, sendWebhook, workUntilQuiet, zendeskHub } from "./support";

let env: Awaited<ReturnType<typeof zendeskHub>>;
beforeEach(async () => {
  env = await zendeskHub();
});
afterEach(() => env.close());

async function declarePaymentsIncident() {
  const { hub } = env;
  const payments = await hub.component("Payments");
  return hub.declare({
    title: "Card payments failing",
    severity: "P1",
    message: "Card payments are failing for some customers. We are investigating.",
    components: [{ id: payments, status: "major_outage" }],
    regions: ["eu"],
  });
}

describe("Zendesk: declare, match, link, keep the macro current, solve on resolve", () => {
  it("carries on past a ticket deleted before Liaison could tag it", async () => {
    const { hub, zd } = env;
    const inc = await declarePaymentsIncident();
    await workUntilQuiet(hub);
    hub.clock.advance(minutes(5));
    await customerTicket(hub, zd, 601, "Payments failing for us");
    await customerTicket(hub, zd, 602, "Payments failing here too");
    zd.tickets.delete(601);
    const { failures } = await workUntilQuiet(hub);
    expect(failures).toBe(0);
    expect(zd.tickets.get(602)!.tags).toEqual(expect.arrayContaining([`liaison_incident_${inc.id}`, "known_issue"]));
  });

  it("tags and links matching tickets to one problem ticket and leaves the others untouched", async () => {
    const { hub, zd } = env;
    const inc = await declarePaymentsIncident();
    await workUntilQuiet(hub);
    const status = (await hub.call("GET", `/api/v1/incidents/${inc.id}/helpdesk`)).json;
    expect(status).toMatchObject({
      rulesDerived: true,
      rules: { keywords: ["Payments"], components: ["Payments"], regions: ["eu"] },
      backfill: { state: "done" },
    });
    const problem = zd.tickets.get(Number(status.problemTicketId))!;
    expect(problem).toMatchObject({ type: "problem", external_id: `liaison:${inc.id}` });
    expect(zd.macros.get(Number(status.macroId))).toMatchObject({
      active: true,
      title: `Liaison: Card payments failing (${inc.id})`,
    });
    // Adds its tags to a ticket's own rather than replacing them.
    expect(zd.macros.get(Number(status.macroId))!.actions.map((a) => (a as { field: string }).field)).toEqual([
      "comment_value",
      "current_tags",
    ]);

    hub.clock.advance(minutes(5));
    expect(
      (
        await customerTicket(hub, zd, 501, "Payments not going through", {
          description: "Every card payment fails with an error since this morning.",
        })
      ).status,
    ).toBe(202);
    await customerTicket(hub, zd, 502, "paymnets broken??");
    await customerTicket(hub, zd, 503, "How do I export invoices?", {
      description: "Looking for last year's invoices.",
    });
    await workUntilQuiet(hub);

    for (const id of [501, 502]) {
      const t = zd.tickets.get(id)!;
      expect(t.tags).toEqual(expect.arrayContaining([`liaison_incident_${inc.id}`, "known_issue"]));
      expect(t).toMatchObject({ type: "incident", problem_id: problem.id });
      expect(t.comments).toHaveLength(1);
      expect(t.comments[0]).toMatchObject({ public: false });
      expect(t.comments[0]!.body).toContain("Card payments failing (P1, investigating)");
      expect(t.comments[0]!.body).toMatch(/Next public update due by 2026-11-20 \d\d:\d\d UTC/);
    }
    expect(zd.tickets.get(503)).toMatchObject({ tags: [], type: null, problem_id: null, comments: [] });
    const ctx = (await hub.call("GET", "/api/v1/helpdesk/tickets/501/context?locale=fr")).json;
    expect(ctx.incidents).toEqual([
      expect.objectContaining({
        id: inc.id,
        severity: "P1",
        link: expect.objectContaining({ state: "linked", mode: "auto", linkedBy: "liaison" }),
      }),
    ]);
    expect(ctx.incidents[0].link?.reasons).toContain('mentions "Payments"');
    expect(ctx.incidents[0].reply?.locale).toBe("fr");
    expect((await hub.call("GET", "/api/v1/helpdesk/tickets/503/context")).json.incidents).toEqual([]);
  });

  it("rewrites the macro on every update and solves linked tickets on resolve, except those a person must answer", async () => {
    const { hub, zd } = env;
    const inc = await declarePaymentsIncident();
    await workUntilQuiet(hub);
    hub.clock.advance(minutes(2));
    await customerTicket(hub, zd, 601, "Payments failing", { locale: "de-DE" });
    await customerTicket(hub, zd, 602, "payments down");
    await customerTicket(hub, zd, 603, "Payments error again");
    await customerTicket(hub, zd, 604, "payments outage", { tier: "enterprise" });
    await customerTicket(hub, zd, 605, "Payments?");
    await workUntilQuiet(hub);

    hub.clock.advance(minutes(3));
    const later = hub.clock.now().toISOString();
    const created = zd.tickets.get(602)!.created_at;
    await sendWebhook(
      hub,
      webhookBody({
        id: 602,
        subject: "payments down",
        event: "ticket.updated",
        createdAt: created,
        updatedAt: later,
        role: "end-user",
      }),
    );
    await sendWebhook(
      hub,
      webhookBody({
        id: 603,
        subject: "Payments error again",
        event: "ticket.updated",
        createdAt: created,
        updatedAt: later,
        role: "agent",
        email: "sam@acme.test",
      }),
    );
    await sendWebhook(
      hub,
      webhookBody({
        id: 605,
        subject: "Payments?",
        event: "ticket.updated",
        createdAt: created,
        updatedAt: later,
        role: "agent",
        email: "LIAISON@acme.test",
      }),
    );

    const status = (await hub.call("GET", `/api/v1/incidents/${inc.id}/helpdesk`)).json;
    const macro = () => zd.macros.get(Number(status.macroId))!;
    const firstWording = JSON.stringify(macro().actions);
    expect(
      (
        await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
          status: "identified",
          message: "We found the cause: a failing card network connection. A fix is being rolled out.",
        })
      ).status,
    ).toBe(201);
    await workUntilQuiet(hub);
    expect(JSON.stringify(macro().actions)).not.toBe(firstWording);
    // The macro carries the approved sentence itself, not the generic template.
    expect(JSON.stringify(macro().actions)).toContain(
      "We found the cause: a failing card network connection. A fix is being rolled out.",
    );

    hub.clock.advance(minutes(30));
    expect(
      (
        await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, {
          status: "resolved",
          message: "Card payments work again. We are sorry for the trouble.",
        })
      ).status,
    ).toBe(201);
    await workUntilQuiet(hub);

    const solved = (id: number) => zd.tickets.get(id)!;
    for (const id of [601, 605]) {
      expect(solved(id).status).toBe("solved");
      expect(solved(id).comments.filter((c) => c.public)).toHaveLength(1);
    }
    // German frame for 601, English for 605, both around the approved resolution.
    expect(solved(601).comments.at(-1)!.body).not.toBe(solved(605).comments.at(-1)!.body);
    for (const id of [601, 605])
      expect(solved(id).comments.at(-1)!.body).toContain("Card payments work again. We are sorry for the trouble.");
    // Every help-desk text that went out is on the archive, and the chain verifies.
    const archived = (await hub.call("GET", "/api/v1/archive")).json.entries.map((e) => e.channel);
    expect(archived).toEqual(expect.arrayContaining(["helpdesk_macro", "helpdesk_close"]));
    expect((await hub.call("GET", "/api/v1/archive/verify")).json.ok).toBe(true);
    for (const id of [602, 603, 604]) {
      expect(solved(id).status).toBe("new");
      expect(solved(id)).toMatchObject({ type: "question", problem_id: null });
      expect(solved(id).comments.every((c) => !c.public)).toBe(true);
    }
    expect(zd.tickets.get(Number(status.problemTicketId))!.status).toBe("solved");
    expect(macro().active).toBe(false);
    const done = (await hub.call("GET", `/api/v1/incidents/${inc.id}/helpdesk`)).json;
    expect(done.autoClose).toEqual({ state: "done", total: 5, solved: 2, keptOpen: 3, failed: 0 });
    const reasons = (await hub.call("GET", "/api/v1/helpdesk/tickets/602/context")).json.incidents[0].autoClose;
    expect(reasons).toEqual({ state: "kept_open", reason: "the customer wrote again after it was linked" });
    expect((await hub.call("GET", "/api/v1/helpdesk/tickets/603/context")).json.incidents[0].autoClose?.reason).toBe(
      "an agent took it over after it was linked",
    );
    expect((await hub.call("GET", "/api/v1/helpdesk/tickets/604/context")).json.incidents[0].autoClose?.reason).toBe(
      "policy keeps enterprise tickets with a human",
    );
  });
});

describe("Zendesk as the real API behaves", () => {
  it("never links Liaison's own problem ticket, which both search and the trigger report", async () => {
    const { hub, zd } = env;
    const inc = await declarePaymentsIncident();
    await workUntilQuiet(hub);
    const problemId = (await hub.call("GET", `/api/v1/incidents/${inc.id}/helpdesk`)).json.problemTicketId;
    const problem = zd.tickets.get(Number(problemId))!;
    expect(problem.created_at).toBe(`${hub.clock.now().toISOString().slice(0, 19)}Z`);
    // The trigger fires for the problem ticket Liaison created, as for any new ticket.
    await sendWebhook(
      hub,
      webhookBody({
        id: problem.id,
        subject: problem.subject ?? "",
        createdAt: problem.created_at,
        role: "agent",
        email: "liaison@acme.test",
      }),
    );
    // New rules start a new backfill, whose search now reaches the problem ticket too.
    const rules = { rules: { keywords: ["Payments", "failing"] } };
    expect((await hub.call("PUT", `/api/v1/incidents/${inc.id}/helpdesk/rules`, rules)).status).toBe(200);
    await workUntilQuiet(hub);
    expect(zd.tickets.get(problem.id)).toMatchObject({ type: "problem", problem_id: null, comments: [] });
    expect((await hub.call("GET", `/api/v1/helpdesk/tickets/${problem.id}/context`)).json.incidents).toEqual([]);
  });

  it("keeps a ticket Zendesk refuses to solve open, with Zendesk's own reason", async () => {
    const { hub, zd } = env;
    const inc = await declarePaymentsIncident();
    await workUntilQuiet(hub);
    hub.clock.advance(minutes(2));
    await customerTicket(hub, zd, 701, "Payments failing");
    await customerTicket(hub, zd, 702, "Payments failing as well");
    await workUntilQuiet(hub);
    zd.state.failTickets.set(702, "Status: closed prevents ticket update");
    hub.clock.advance(minutes(30));
    await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "resolved", message: "Fixed." });
    await workUntilQuiet(hub);
    expect(zd.tickets.get(701)!.status).toBe("solved");
    const closing = (await hub.call("GET", "/api/v1/helpdesk/tickets/702/context")).json.incidents[0].autoClose;
    expect(closing).toEqual({
      state: "kept_open",
      reason: "the help desk refused the update (TicketUpdateFailed: Status: closed prevents ticket update)",
    });
  });
});

describe("public replies by tier", () => {
  it("answers standard customers with the approved reply and leaves enterprise tickets to a person", async () => {
    env.close();
    env = await zendeskHub({ publicReply: true });
    const { hub, zd } = env;
    await declarePaymentsIncident();
    await workUntilQuiet(hub);
    await customerTicket(hub, zd, 701, "Payments failing", { tier: "standard", locale: "fr-FR" });
    await customerTicket(hub, zd, 702, "Payments failing", { tier: "enterprise" });
    await workUntilQuiet(hub);
    const reply = zd.tickets.get(701)!.comments.filter((c) => c.public);
    expect(reply).toHaveLength(1);
    expect(reply[0]!.body).toContain("Merci de nous avoir contactés.");
    expect(reply[0]!.body).toContain("Card payments are failing for some customers. We are investigating.");
    const archive = (await hub.call("GET", "/api/v1/archive")).json.entries;
    expect(archive.find((e) => e.channel === "helpdesk_reply")?.text).toBe(reply[0]!.body);
    expect((await hub.call("GET", "/api/v1/archive/verify")).json.ok).toBe(true);
    expect(zd.tickets.get(702)!.comments.filter((c) => c.public)).toEqual([]);
    expect(zd.tickets.get(702)!.comments).toHaveLength(1);
  });
});
