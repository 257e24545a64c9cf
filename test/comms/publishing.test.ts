import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishDraft } from "#core/comms/publish";
import type { Finding } from "#core/guardrails/rules";
import type { Problem } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";
import { tick, tokenFor } from "./support";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

/** A publish stopped by guardrails answers with each finding, placed in its channel's text. */
type Blocked = Problem & { findings: (Finding & { channel: string; locale: string })[] };

async function draftFor(incidentId: string, body: Record<string, unknown> = {}) {
  const res = await hub.call("POST", `/api/v1/incidents/${incidentId}/drafts`, body);
  if (res.status !== 201) throw new Error(res.text);
  return res.json;
}

describe("approvals by policy", () => {
  it("blocks a P1 security update until legal and exec approve; an admin override is archived as one", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({
      severity: "P1",
      category: "security",
      title: "Unexpected access to account data",
      components: [{ id: api, status: "partial_outage" }],
    });
    const draft = await draftFor(inc.id, {
      status: "identified",
      message:
        "We found the cause and have stopped the unexpected access. We are checking which accounts were involved.",
    });
    expect(draft.approvals.required).toEqual(["legal", "exec"]);

    const submitted = await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
    expect(submitted.json.status).toBe("pending_approval");
    const early = await hub.call<Problem>("POST", `/api/v1/drafts/${draft.id}/publish`, {});
    expect(early.status).toBe(403);
    expect(early.json.detail).toContain("legal and exec");

    const legal = await tokenFor(hub, "viewer", ["legal"]);
    const wrongRole = await hub.call("POST", `/api/v1/drafts/${draft.id}/approve`, { role: "exec" }, legal);
    expect(wrongRole.status).toBe(403);
    const approved = await hub.call(
      "POST",
      `/api/v1/drafts/${draft.id}/approve`,
      { role: "legal", comment: "Wording is fine." },
      legal,
    );
    expect(approved.json).toMatchObject({
      status: "pending_approval",
      approvals: { approved: ["legal"], missing: ["exec"] },
    });
    const stillBlocked = await hub.call<Problem>("POST", `/api/v1/drafts/${draft.id}/publish`, {});
    expect(stillBlocked.status).toBe(403);
    expect(stillBlocked.json.detail).toContain("exec");
    expect((await hub.call("GET", "/api/v1/approvals")).json.drafts.map((d) => d.id)).toEqual([draft.id]);

    const commander = await tokenFor(hub, "commander");
    expect(
      (await hub.call("POST", `/api/v1/drafts/${draft.id}/override`, { reason: "CEO unreachable" }, commander)).status,
    ).toBe(403);
    const overridden = await hub.call("POST", `/api/v1/drafts/${draft.id}/override`, {
      reason: "Exec unreachable; customers must hear now",
    });
    expect(overridden.json.status).toBe("approved");
    const published = await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {});
    expect(published.status).toBe(200);
    expect(published.json.channels.map((c) => c.channel).sort()).toEqual([
      "email",
      "helpdesk",
      "in_app",
      "sms",
      "social",
      "status_page",
    ]);

    const entries = (await hub.call("GET", "/api/v1/archive")).json.entries;
    expect(entries.map((e) => e.kind)).toEqual([...Array(6).fill("investigating"), ...Array(6).fill("identified")]);
    const archive = entries.filter((e) => e.kind === "identified");
    expect(archive[0].approvals).toEqual([
      expect.objectContaining({ role: "legal", override: false, by: expect.stringContaining("viewer") }),
      expect.objectContaining({ role: "exec", override: true, by: "bootstrap admin" }),
    ]);
    expect((await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json).toMatchObject({
      status: "identified",
      updates: [
        expect.objectContaining({ message: expect.stringContaining("stopped the unexpected access") }),
        expect.anything(),
      ],
    });
  });

  it("makes approvals count only for the version they were given to", async () => {
    const inc = await hub.declare({ severity: "P2" });
    const draft = await draftFor(inc.id);
    await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
    const pr = await tokenFor(hub, "viewer", ["pr"]);
    expect((await hub.call("POST", `/api/v1/drafts/${draft.id}/approve`, { role: "pr" }, pr)).json.status).toBe(
      "approved",
    );
    const edited = await hub.call("PATCH", `/api/v1/drafts/${draft.id}`, { message: "A changed text after approval." });
    expect(edited.json).toMatchObject({ version: 2, status: "draft", approvals: { missing: ["pr"] } });
    const diff = await hub.call("GET", `/api/v1/drafts/${draft.id}/diff?from=1&to=2`);
    expect(diff.json.diff).toEqual(
      expect.arrayContaining([{ op: "added", text: expect.stringContaining("A changed text after approval.") }]),
    );
    expect((await hub.call("GET", `/api/v1/drafts/${draft.id}/versions`)).json.versions.map((v) => v.version)).toEqual([
      1, 2,
    ]);
  });
});

describe("guardrails at publish time", () => {
  it("blocks 10.0.3.7 and redis-prod-3 with positioned findings, until an approver acknowledges them", async () => {
    const inc = await hub.declare({ severity: "P3" });
    const message = "Requests to 10.0.3.7 time out because redis-prod-3 is overloaded.";
    const draft = await draftFor(inc.id, { message, status: "identified" });
    const blocked = await hub.call<Blocked>("POST", `/api/v1/drafts/${draft.id}/publish`, {});
    expect(blocked.status).toBe(400);
    expect(blocked.json.code).toBe("guardrails_blocked");
    const onPage = blocked.json.findings.filter((f) => f.channel === "status_page");
    expect(onPage.map((f) => [f.kind, f.match, f.start, f.end])).toEqual([
      ["ip_address", "10.0.3.7", 12, 20],
      ["hostname", "redis-prod-3", 38, 50],
    ]);
    expect((await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json.updates).toHaveLength(1);

    const liaison = await tokenFor(hub, "liaison");
    const notAllowed = await hub.call(
      "POST",
      `/api/v1/drafts/${draft.id}/publish`,
      { acknowledge_findings: { reason: "fine" } },
      liaison,
    );
    expect(notAllowed.status).toBe(403);
    const ok = await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {
      acknowledge_findings: { reason: "Customer asked for the host name" },
    });
    expect(ok.status).toBe(200);
    const published = (await hub.call("GET", "/api/v1/archive")).json.entries.filter((e) => e.kind === "identified");
    expect(published[0].approvals).toEqual([expect.objectContaining({ role: "guardrails", override: true })]);
  });

  it("blocks a cause stated as fact while investigating", async () => {
    const inc = await hub.declare({ severity: "P4" });
    const draft = await draftFor(inc.id, {
      message: "The outage was caused by a faulty update.",
      status: "investigating",
    });
    const res = await hub.call<Blocked>("POST", `/api/v1/drafts/${draft.id}/publish`, {});
    expect(res.json.findings.map((f) => f.kind)).toContain("unconfirmed_cause");
  });
});

describe("publishing hands off exactly once and archives every message", () => {
  it("delivers the publication to the notifier through the outbox, once", async () => {
    const api = await hub.component("Checkout");
    const inc = await hub.declare({ severity: "P2", components: [{ id: api, status: "major_outage" }] });
    const draft = await draftFor(inc.id, { locales: ["en", "de"] });
    await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
    await hub.call("POST", `/api/v1/drafts/${draft.id}/override`, { reason: "drill" });
    expect((await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {})).status).toBe(200);
    expect((await hub.call("POST", `/api/v1/drafts/${draft.id}/publish`, {})).status).toBe(409);
    await tick(hub);
    await tick(hub);
    // The declaration's first notice is a publication too; the draft's is the second, and only once.
    const publications = hub.notifier.published.filter((p) => !p.audience.internal);
    expect(publications.map((p) => p.kind)).toEqual(["investigating", "investigating"]);
    const email = publications[1]!.messages.find((m) => m.channel === "email" && m.locale === "de")!;
    expect(email.subject).toContain("Wir prüfen ein Problem mit Checkout");
    expect(publications[1]!.messages.some((m) => m.channel === "sms")).toBe(false);
  });

  it("lets an auditor verify the archive and catches a tampered row", async () => {
    const inc = await hub.declare({ severity: "P4" });
    for (const text of ["First update.", "Second update."]) {
      const d = await draftFor(inc.id, { message: text });
      await hub.call("POST", `/api/v1/drafts/${d.id}/publish`, {});
    }
    // A P4 goes to the status page; its help-desk reply is archived beside it: two rows per message.
    expect((await hub.call("GET", "/api/v1/archive/verify")).json).toEqual({ ok: true, checked: 6, problems: [] });
    const viewer = await tokenFor(hub, "viewer");
    expect((await hub.call("GET", "/api/v1/archive", undefined, viewer)).status).toBe(403);
    await hub.db.run(sql`update archive set text = 'We never said this.' where seq = 1`);
    const verdict = (await hub.call("GET", "/api/v1/archive/verify")).json;
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([{ seq: 1, problem: "modified" }]);
  });
});

describe("direct updates and the archive", () => {
  it("sends P1 updates through drafts; an admin's direct update is archived as an override", async () => {
    const inc = await hub.declare({ severity: "P1" });
    const commander = await tokenFor(hub, "commander");
    const refused = await hub.call<Problem>(
      "POST",
      `/api/v1/incidents/${inc.id}/updates`,
      { status: "identified", message: "Found it." },
      commander,
    );
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toContain(`/api/v1/incidents/${inc.id}/drafts`);
    expect(
      (await hub.call("POST", `/api/v1/incidents/${inc.id}/updates`, { status: "identified", message: "Found it." }))
        .status,
    ).toBe(201);
    const entries = (await hub.call("GET", "/api/v1/archive")).json.entries.filter((e) => e.channel === "status_page");
    // The archive keeps each entry's approvals as recorded; a publish over a block records an override.
    const approvals = (e: (typeof entries)[number]) => e.approvals as { override: boolean }[];
    expect(entries.map((e) => [e.kind, e.text, approvals(e).length ? approvals(e)[0].override : null])).toEqual([
      ["investigating", "We are investigating failed checkouts.", null],
      ["identified", "Found it.", true],
    ]);
  });

  it("archives maintenance notices and lets a P3 go out without sign-off", async () => {
    const inc = await hub.declare({ severity: "P3" });
    const liaison = await tokenFor(hub, "liaison");
    expect(
      (
        await hub.call(
          "POST",
          `/api/v1/incidents/${inc.id}/updates`,
          { status: "resolved", message: "Fixed." },
          liaison,
        )
      ).status,
    ).toBe(201);
    await hub.call("POST", "/api/v1/maintenances", {
      title: "Upgrade",
      message: "Planned upgrade on Sunday.",
      scheduled_for: "2026-11-22T01:00:00Z",
      scheduled_until: "2026-11-22T02:00:00Z",
    });
    const entries = (await hub.call("GET", "/api/v1/archive")).json.entries;
    const kinds = entries.filter((e) => e.channel === "status_page").map((e) => e.kind);
    expect(kinds).toEqual(["investigating", "resolved", "maintenance_notice"]);
    expect(entries.filter((e) => e.kind === "maintenance_notice").map((e) => e.channel)).toEqual([
      "status_page",
      "email",
      "in_app",
    ]);
    expect((await hub.call("GET", "/api/v1/archive/verify")).json.ok).toBe(true);
  });
});

describe("concurrent writers and the archive chain", () => {
  it("lets ten simultaneous declarations all land, with an intact chain", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        hub.call("POST", "/api/v1/incidents", { title: `Incident ${i}`, severity: "P3", message: `Message ${i}.` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    const verdict = (await hub.call("GET", "/api/v1/archive/verify")).json;
    // Each P3 declaration archives its status page, in-app and help-desk renderings.
    expect(verdict).toEqual({ ok: true, checked: 30, problems: [] });
  });
});

describe("publishing the same draft twice at once", () => {
  it("posts one update even when a second request read the draft before the first saved", async () => {
    const inc = await hub.declare({ severity: "P4" });
    const d = (await hub.call("POST", `/api/v1/incidents/${inc.id}/drafts`, { message: "Only once, please." })).json;
    const { services } = hub;
    const staleDraft = (await services.comms.getDraft(d.id))!;
    expect((await hub.call("POST", `/api/v1/drafts/${d.id}/publish`, {})).status).toBe(200);
    // The second request's first read saw the draft as it was before the first publish landed.
    let reads = 0;
    const comms = {
      ...services.comms,
      getDraft: async (id: string) => (reads++ === 0 ? staleDraft : services.comms.getDraft(id)),
    };
    const ctx = {
      store: services.store,
      comms,
      notifier: services.notifier,
      clock: services.clock,
      newId: services.newId,
      policy: await services.store.currentPolicy(),
      actor: { tokenId: null, name: "second liaison", role: "admin" as const, approves: [] },
    };
    await expect(publishDraft({ ctx, input: { draftId: d.id, page: services.page } })).rejects.toThrow(
      /published by another request/,
    );
    const updates = (await hub.call("GET", `/api/v1/incidents/${inc.id}`)).json.updates;
    expect(updates.filter((u) => u.message === "Only once, please.")).toHaveLength(1);
    const archived = (await hub.call("GET", "/api/v1/archive")).json.entries.filter(
      (e) => e.text === "Only once, please.",
    );
    expect(archived).toHaveLength(1);
    expect((await hub.call("GET", "/api/v1/archive/verify")).json.ok).toBe(true);
  });
});
