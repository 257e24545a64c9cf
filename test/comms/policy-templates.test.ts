import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PolicyDocument } from "#core/policy/document";
import type { Problem } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";
import { tokenFor } from "./support";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

/** The API documents the policy as an open object; these tests read it as the document it is. */
type Policy = { version: number; document: PolicyDocument };

describe("policy as a versioned document", () => {
  it("is replaced by admins only, from JSON or YAML, and incidents keep the version they were declared under", async () => {
    const before = await hub.declare({ severity: "P2" });
    const current = (await hub.call<Policy>("GET", "/api/v1/policy")).json;
    expect(current.version).toBe(0);
    expect(current.document.severities.P1.updateCadenceMinutes).toBe(30);

    const commander = await tokenFor(hub, "commander");
    expect((await hub.call("PUT", "/api/v1/policy", current.document, commander)).status).toBe(403);

    const severity = (s: keyof PolicyDocument["severities"]) => ({
      ...current.document.severities[s],
      updateCadenceMinutes: s === "P2" ? 20 : current.document.severities[s].updateCadenceMinutes,
    });
    const yaml =
      `severities:\n${(["P1", "P2", "P3", "P4"] as const).map((s) => `  ${s}: ${JSON.stringify(severity(s))}`).join("\n")}\n` +
      Object.entries(current.document)
        .filter(([k]) => k !== "severities")
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join("\n");
    const saved = await hub.call("PUT", "/api/v1/policy", yaml, { "content-type": "application/yaml" });
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(1);
    const after = await hub.declare({ severity: "P2" });
    expect(after.policy_version).toBe(1);
    expect(after.next_update_due_at).toBe("2026-11-20T10:20:00.000Z");
    const old = (await hub.call("GET", `/api/v1/incidents/${before.id}`)).json;
    expect(old).toMatchObject({ policy_version: 0, next_update_due_at: "2026-11-20T11:00:00.000Z" });
    expect((await hub.call("GET", "/api/v1/policy/versions")).json.versions.map((v) => v.version)).toEqual([1]);
  });

  it("points at the exact field of each error", async () => {
    const doc = (await hub.call<Policy>("GET", "/api/v1/policy")).json.document;
    Object.assign(doc.severities.P3, { channels: ["pigeon"] });
    doc.sms.maxSegments = 0;
    const res = await hub.call<Problem>("PUT", "/api/v1/policy", doc);
    expect(res.status).toBe(400);
    expect(res.json.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(["severities.P3.channels.0", "sms.maxSegments"]),
    );
    const bad = await hub.call<Problem>("PUT", "/api/v1/policy", "severities: [unclosed", {
      "content-type": "application/yaml",
    });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toMatch(/YAML/);
  });

  it("suggests a severity with reasons, using the peak-hours rule", async () => {
    const peak = await hub.call("POST", "/api/v1/policy/suggest-severity", {
      customers_affected_percent: 30,
      at: "2026-11-18T14:00:00Z",
    });
    expect(peak.json).toEqual({ severity: "P1", reasons: ["30% of customers affected (more than 25%)."] });
    const night = await hub.call("POST", "/api/v1/policy/suggest-severity", {
      customers_affected_percent: 30,
      at: "2026-11-18T02:00:00Z",
    });
    expect(night.json.severity).toBe("P2");
  });
});

describe("templates", () => {
  it("saves versions, diffs them, and uses the newest when rendering", async () => {
    const text = {
      subject: "[{{company}}] Problem with {{affected}}",
      body: "Something is wrong with {{affected}}. {{status_url}}",
      short: "Problem: {{affected}}",
    };
    expect((await hub.call("PUT", "/api/v1/templates/investigating/en", text)).json.version).toBe(1);
    const v2 = await hub.call("PUT", "/api/v1/templates/investigating/en", {
      ...text,
      body: "We are fixing {{affected}}. {{status_url}}",
    });
    expect(v2.json.version).toBe(2);
    const diff = (await hub.call("GET", "/api/v1/templates/investigating/en/diff?from=1&to=2")).json;
    expect(diff.body).toEqual([
      { op: "removed", text: "Something is wrong with {{affected}}. {{status_url}}" },
      { op: "added", text: "We are fixing {{affected}}. {{status_url}}" },
    ]);
    const api = await hub.component("API");
    const inc = await hub.declare({ components: [{ id: api, status: "major_outage" }] });
    const preview = await hub.call("POST", `/api/v1/incidents/${inc.id}/preview`, {
      kind: "investigating",
      channel: "status_page",
    });
    expect(preview.json.text).toBe(`We are fixing API. https://status.example.com/incidents/${inc.id}`);
    const listed = (await hub.call("GET", "/api/v1/templates")).json.templates.find(
      (t) => t.kind === "investigating" && t.locale === "en",
    );
    expect(listed?.version).toBe(2);
  });

  it("rejects unknown variables and blocking findings when saving", async () => {
    const unknown = await hub.call<Problem>("PUT", "/api/v1/templates/resolved/fr", {
      subject: "x",
      body: "Bonjour {{customer_name}}",
      short: "x",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.detail).toContain("customer_name");
    const leaky = await hub.call<Problem>("PUT", "/api/v1/templates/resolved/fr", {
      subject: "x",
      body: "Le serveur 10.1.2.3 est revenu.",
      short: "x",
    });
    expect(leaky.json.code).toBe("guardrails_blocked");
  });

  it("previews any kind, channel and locale with real data, failing on a missing variable by name", async () => {
    const api = await hub.component("API");
    const inc = await hub.declare({ severity: "P1", components: [{ id: api, status: "major_outage" }] });
    const sms = await hub.call("POST", `/api/v1/incidents/${inc.id}/preview`, {
      kind: "investigating",
      channel: "sms",
      locale: "de",
      time_zone: "Europe/Berlin",
    });
    // German umlauts are in the GSM-7 alphabet, so this stays GSM-7.
    expect(sms.json).toMatchObject({ locale: "de", sms: { encoding: "GSM-7", segments: 2 } });
    expect(sms.json.text).toContain("11:30");
    const resolved = await hub.call<Problem>("POST", `/api/v1/incidents/${inc.id}/preview`, {
      kind: "resolved",
      channel: "email",
    });
    expect(resolved.status).toBe(400);
    expect(resolved.json.detail).toMatch(/root_cause, fix, prevention/);
    const ok = await hub.call("POST", `/api/v1/incidents/${inc.id}/preview`, {
      kind: "resolved",
      channel: "email",
      locale: "fr",
      variables: {
        root_cause: "Une mise à jour défectueuse.",
        fix: "Nous l'avons annulée.",
        prevention: "Des tests supplémentaires.",
      },
    });
    expect(ok.json.subject).toBe("[Acme status] Résolu : Checkout errors");
    expect(ok.json.html).toContain("<p>");
  });
});
