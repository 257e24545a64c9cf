import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createCrmStore } from "#apps/hub/storage/crm-store";
import { openD1 } from "#apps/hub/storage/d1";
import worker, { type Env } from "#apps/hub/worker";
import { webhookBody } from "#connectors/zendesk/fixtures";
import { signZendeskWebhook } from "#connectors/zendesk/signature";
import type { Account } from "#core/crm/model";
import { call } from "./support";

/** The same cases as test/hardening/kick.test.ts on Node, through the Worker's fetch and its waitUntil. */
const origin = "https://status.example.com";
const admin = { authorization: "Bearer workers-test-admin-token", "content-type": "application/json" };
const crm = () => {
  const { db, runBatch } = openD1(env.DB);
  return createCrmStore(db, runBatch);
};

const account = (name: string, product: string): Account => ({
  id: `salesforce:${name}`,
  source: "salesforce",
  externalId: name,
  name,
  tier: "strategic",
  arr: 1_200_000,
  regions: [],
  products: [product],
  segments: [],
  owner: { id: "005A", name: "Dana Whitfield", email: "dana@acme.test", phone: "+442071234567" },
  contacts: [],
  modifiedAt: new Date("2026-11-01T00:00:00Z"),
});

async function incidentOn(product: string) {
  await crm().upsertAccounts([account(`acct-${product}`, product)], new Date());
  const component = (await call("POST", "/api/v1/components", { name: product })).json;
  const incident = await call("POST", "/api/v1/incidents", {
    title: `${product} failing`,
    severity: "P1",
    message: "Investigating.",
    components: [{ id: component.id, status: "major_outage" }],
  });
  return incident.json.id;
}

/** One request through the Worker, waiting for what it left in waitUntil. */
async function throughWorker(request: Request) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env as unknown as Env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe("kicked work in workerd on D1 (same cases as Node)", () => {
  it("refreshes outreach lists for the incident events a webhook kick drains", async () => {
    const id = await incidentOn("Payments");
    expect(await crm().listOutreach(id)).toEqual([]);
    const raw = JSON.stringify(
      webhookBody({ id: 701, subject: "Card payments failing", createdAt: new Date().toISOString() }),
    );
    const timestamp = new Date().toISOString();
    const res = await throughWorker(
      new Request(`${origin}/webhooks/zendesk`, {
        method: "POST",
        body: raw,
        headers: {
          "content-type": "application/json",
          "x-zendesk-webhook-signature-timestamp": timestamp,
          "x-zendesk-webhook-signature": await signZendeskWebhook("workers-zendesk-signing-secret", timestamp, raw),
        },
      }),
    );
    expect(res.status).toBe(202);
    expect((await crm().listOutreach(id)).map((e) => e.accountId)).toEqual(["salesforce:acct-Payments"]);
  });

  it("runs a help-desk change's follow-up at once instead of at the next Cron", async () => {
    const id = await incidentOn("Search");
    const res = await throughWorker(
      new Request(`${origin}/api/v1/helpdesk/tickets/800/links`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ incidentId: id }),
      }),
    );
    expect(res.status).toBe(201);
    expect((await crm().listOutreach(id)).map((e) => e.accountId)).toEqual(["salesforce:acct-Search"]);
  });
});
