import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alertmanagerNotification } from "#connectors/monitoring/alertmanager/fixtures";
import { tokenFor } from "../comms/support";
import { monitoringConfig, send } from "../monitoring/support";
import { createTestHub, type TestHub } from "../support/hub";

/** An IP, an internal host and a live key: none of it may reach a customer without an approver. */
const leaky = "Failover of redis-prod-3.internal at 10.0.3.7 is done; rotate sk_live_4eC39HqLyjWDarjtT1zdp7dc now.";
const leakMarkers = ["10.0.3.7", "redis-prod-3", "sk_live_"];

type Road = { method: string; path: string; body: unknown };
/** Builds one attempt to publish the leaky text on a road, with whatever it needs already in place. */
type RoadSetup = (hub: TestHub) => Promise<Road>;

const declare = async (hub: TestHub, severity = "P4") => (await hub.declare({ severity })).id as string;
const resolved = async (hub: TestHub) => {
  const id = await declare(hub);
  await hub.call("POST", `/api/v1/incidents/${id}/updates`, { status: "resolved", message: "Fixed for everyone." });
  return id;
};
const maintenance = async (hub: TestHub) =>
  (
    await hub.call("POST", "/api/v1/maintenances", {
      title: "Database upgrade",
      message: "Planned upgrade of the database.",
      scheduled_for: "2026-11-22T01:00:00Z",
      scheduled_until: "2026-11-22T02:00:00Z",
    })
  ).json.id as string;
let alerts = 0;
/** A monitoring alert becomes an internal candidate; confirming it declares the incident. */
const candidate = async (hub: TestHub) => {
  const fingerprint = `fp${++alerts}`;
  const service = `svc${alerts}`;
  await send(
    hub,
    "alertmanager",
    alertmanagerNotification([
      {
        alertname: `${service}-errors`,
        fingerprint,
        status: "firing",
        labels: { service },
        startsAt: hub.clock.now().toISOString(),
      },
    ]),
  );
  const open = (await hub.call("GET", "/api/v1/candidates")).json.candidates as { id: string; status: string }[];
  return open.find((c) => c.status === "open")!.id;
};
const draftWith = async (hub: TestHub, incident: string, body: Record<string, unknown>) => {
  const draft = (await hub.call("POST", `/api/v1/incidents/${incident}/drafts`, body)).json;
  await hub.call("POST", `/api/v1/drafts/${draft.id}/submit`);
  return draft.id as string;
};

/**
 * Every write route that puts customer-facing text out, keyed by the OpenAPI operation. A route may
 * appear with several variants (a false alarm and a summary are direct updates of another kind).
 */
const roads: Record<string, RoadSetup[]> = {
  "post /incidents": [
    async () => ({
      method: "POST",
      path: "/api/v1/incidents",
      body: { title: "Checkout", severity: "P4", message: leaky },
    }),
    async () => ({
      method: "POST",
      path: "/api/v1/incidents",
      body: { title: `Checkout on ${leakMarkers[1]}`, severity: "P4", message: "Checkout is slow." },
    }),
  ],
  // A drill is declared through the same guarded pipeline; only its sends are captured.
  "post /drills": [
    async () => ({
      method: "POST",
      path: "/api/v1/drills",
      body: { title: "Drill: checkout", severity: "P4", message: leaky },
    }),
    async () => ({
      method: "POST",
      path: "/api/v1/drills",
      body: { title: `Drill on ${leakMarkers[1]}`, severity: "P4", message: "Checkout is slow." },
    }),
  ],
  "post /incidents/{id}/updates": [
    async (hub) => ({
      method: "POST",
      path: `/api/v1/incidents/${await declare(hub)}/updates`,
      body: { status: "identified", message: leaky },
    }),
    async (hub) => ({
      method: "POST",
      path: `/api/v1/incidents/${await declare(hub)}/updates`,
      body: { status: "resolved", kind: "false_alarm", message: leaky },
    }),
    async (hub) => ({
      method: "POST",
      path: `/api/v1/incidents/${await resolved(hub)}/updates`,
      body: { status: "resolved", kind: "post_incident_summary", message: leaky },
    }),
  ],
  "post /candidates/{id}/confirm": [
    async (hub) => ({
      method: "POST",
      path: `/api/v1/candidates/${await candidate(hub)}/confirm`,
      body: { message: leaky, severity: "P4" },
    }),
  ],
  "patch /incidents/{id}": [
    async (hub) => ({ method: "PATCH", path: `/api/v1/incidents/${await declare(hub)}`, body: { title: leaky } }),
  ],
  "post /incidents/{id}/reopen": [
    async (hub) => ({
      method: "POST",
      path: `/api/v1/incidents/${await resolved(hub)}/reopen`,
      body: { message: leaky, reason: "It came back." },
    }),
  ],
  "post /maintenances": [
    async () => ({
      method: "POST",
      path: "/api/v1/maintenances",
      body: {
        title: "Upgrade",
        message: leaky,
        scheduled_for: "2026-11-22T01:00:00Z",
        scheduled_until: "2026-11-22T02:00:00Z",
      },
    }),
  ],
  "patch /maintenances/{id}": [
    async (hub) => ({
      method: "PATCH",
      path: `/api/v1/maintenances/${await maintenance(hub)}`,
      body: { message: leaky },
    }),
    async (hub) => ({
      method: "PATCH",
      path: `/api/v1/maintenances/${await maintenance(hub)}`,
      body: { title: leaky },
    }),
    async (hub) => ({
      method: "PATCH",
      path: `/api/v1/maintenances/${await maintenance(hub)}`,
      body: { status: "in_progress", message: leaky },
    }),
  ],
  "post /maintenances/{id}/cancel": [
    async (hub) => ({
      method: "POST",
      path: `/api/v1/maintenances/${await maintenance(hub)}/cancel`,
      body: { message: leaky },
    }),
  ],
  "post /drafts/{id}/publish": [
    async (hub) => ({
      method: "POST",
      path: `/api/v1/drafts/${await draftWith(hub, await declare(hub), { message: leaky })}/publish`,
      body: {},
    }),
    async (hub) => ({
      method: "POST",
      path: `/api/v1/drafts/${await draftWith(hub, await resolved(hub), { kind: "post_incident_summary", message: leaky })}/publish`,
      body: {},
    }),
  ],
};

/** Write routes that publish nothing to customers, each with the reason. */
const notPublishing: Record<string, string> = {
  "post /components": "a component name, no message",
  "patch /components/{id}": "a component name, no message",
  "post /incidents/{id}/notes": "internal notes never leave",
  "post /incidents/{id}/drafts": "a draft is not published until /drafts/{id}/publish",
  "patch /drafts/{id}": "a draft is not published until /drafts/{id}/publish",
  "post /incidents/{id}/preview": "a preview, nothing is sent",
  "post /incidents/{id}/guardrails": "the console's live check of a text, nothing is sent",
  "post /drafts/{id}/submit": "sign-off workflow",
  "post /drafts/{id}/approve": "sign-off workflow",
  "post /drafts/{id}/reject": "sign-off workflow",
  "post /drafts/{id}/override": "sign-off workflow",
  "post /drafts/{id}/discard": "a discarded draft is never published; nothing is sent",
  "post /candidates/{id}/decline": "declining a monitoring candidate tells no customer anything",
  "post /tokens": "access control",
  "delete /tokens/{id}": "access control",
  "put /policy": "policy; its templates are scanned when saved",
  "post /policy/suggest-severity": "suggests a severity, sends nothing",
  "put /templates/{kind}/{locale}": "templates are scanned when saved",
  "post /helpdesk/tickets/{ticketId}/links": "links a ticket; replies come from the published words",
  "delete /helpdesk/tickets/{ticketId}/links/{incidentId}": "internal note only",
  "put /incidents/{id}/helpdesk/rules": "matching rules",
  "post /crm/sync": "reads the CRM",
  "patch /incidents/{id}/outreach/{accountId}": "call status",
  "post /incidents/{id}/crm-alerts/sync": "CSM alerts carry the latest published words",
  "post /subscribers": "subscriber management",
  "post /subscribers/import": "subscriber management",
  "post /subscribers/import-crm": "subscriber management",
  "post /deliveries/{id}/replay": "resends a message already published",
};

const roles = ["admin", "commander", "liaison", "agent", "viewer"] as const;

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub({ monitoring: monitoringConfig });
});
afterEach(() => hub.close());

async function writeOperations(): Promise<string[]> {
  const doc = (await hub.call("GET", "/api/v1/openapi.json")).json as { paths: Record<string, object> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ["post", "put", "patch", "delete"].includes(m))
      .map((m) => `${m} ${path}`),
  );
}

async function leaked(): Promise<string[]> {
  const surfaces = ["/api/v2/incidents.json", "/api/v2/scheduled-maintenances.json", "/", "/history.atom"];
  const texts = await Promise.all(surfaces.map(async (p) => (await hub.call("GET", p)).text));
  const archive = (await hub.call("GET", "/api/v1/archive")).text;
  return leakMarkers.filter((m) => [...texts, archive].some((t) => t.includes(m)));
}

describe("every road that publishes goes through the guardrails", () => {
  it("knows every write route of the API: a new one must be listed as a road or say why it publishes nothing", async () => {
    const unknown = (await writeOperations()).filter((op) => !(op in roads) && !(op in notPublishing));
    expect(unknown).toEqual([]);
  });

  for (const [operation, variants] of Object.entries(roads)) {
    for (const [n, setup] of variants.entries()) {
      it(`${operation} (${n + 1}) blocks an IP, an internal host and a key for every role`, async () => {
        expect(await writeOperations()).toContain(operation);
        for (const role of roles) {
          const road = await setup(hub);
          const headers = role === "admin" ? {} : await tokenFor(hub, role);
          const res = await hub.call(road.method, road.path, road.body, headers);
          if (res.status === 403) expect(["agent", "viewer", "commander", "liaison"]).toContain(role);
          else {
            expect(res.status, `${role}: ${res.text}`).toBe(400);
            expect(res.json.code).toBe("guardrails_blocked");
          }
        }
        expect(await leaked()).toEqual([]);
      });
    }
  }

  it("lets an approver publish over the findings with an acknowledgement, which is archived", async () => {
    const approver = await tokenFor(hub, "commander", ["legal"]);
    const res = await hub.call(
      "POST",
      "/api/v1/incidents",
      { title: "Checkout", severity: "P4", message: leaky, acknowledge_findings: { reason: "Drill text" } },
      approver,
    );
    expect(res.status).toBe(201);
    const entries = (await hub.call("GET", "/api/v1/archive")).json.entries;
    expect(entries[0].approvals).toEqual([expect.objectContaining({ role: "guardrails", override: true })]);
    expect(await leaked()).toEqual(leakMarkers);
  });
});
