import { setupServer } from "msw/node";
import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import type { Services } from "#apps/hub/services";
import { webhookBody } from "#connectors/zendesk/fixtures";
import { createZendeskConnector } from "#connectors/zendesk/index";
import { signZendeskWebhook } from "#connectors/zendesk/signature";
import { fakeZendesk } from "#connectors/zendesk/testing/fake-zendesk";
import type { Problem } from "../support/call";
import { createTestHub, type TestHub } from "../support/hub";

export const webhookSecret = "zd-signing-secret-0123456789";
export const liaisonEmail = "liaison@acme.test";
const base = "https://acme.zendesk.com/api/v2";

/** A hub wired to a fake Zendesk account behind msw; retries do not wait. */
export async function zendeskHub(
  o: { faultRate?: number; pollsBeforeDone?: number; publicReply?: boolean; kick?: Services["kick"] } = {},
) {
  // Zendesk stamps new tickets with its own clock; here that is the hub's test clock.
  let clock = () => new Date();
  const zd = fakeZendesk(base, { faultRate: o.faultRate, pollsBeforeDone: o.pollsBeforeDone, now: () => clock() });
  const server = setupServer(...zd.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const desk = createZendeskConnector({
    subdomain: "acme",
    email: liaisonEmail,
    token: "zd-api-token-secret",
    requestsPerMinute: 1_000_000,
    updatesPerMinute: 1_000_000,
    retry: { sleep: async () => {}, maxAttempts: 8 },
  });
  const hub = await createTestHub({
    desk,
    kick: o.kick,
    helpdesk: {
      webhookSecret,
      liaisonEmail,
      ...(o.publicReply
        ? { settings: { ...(await import("#core/helpdesk/deps")).defaultDeskSettings, publicReply: true } }
        : {}),
    },
  });
  clock = () => hub.clock.now();
  const close = () => {
    server.close();
    hub.close();
  };
  return { hub, zd, close };
}

/** The webhook's 202 body, or a problem document. */
type WebhookAnswer = Partial<{ accepted: boolean; duplicate: boolean; ticketId: string } & Problem>;

/** Posts a webhook signed as Zendesk would, at the hub's current time unless told otherwise. */
export async function sendWebhook(
  hub: TestHub,
  body: unknown,
  o: { timestamp?: string; secret?: string; signature?: string | null } = {},
) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const timestamp = o.timestamp ?? hub.clock.now().toISOString();
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-zendesk-webhook-signature-timestamp": timestamp,
  };
  const signature =
    o.signature === undefined ? await signZendeskWebhook(o.secret ?? webhookSecret, timestamp, raw) : o.signature;
  if (signature !== null) headers["x-zendesk-webhook-signature"] = signature;
  const res = await hub.app.request("/webhooks/zendesk", { method: "POST", headers, body: raw });
  const json = (await res.json()) as WebhookAnswer;
  return { status: res.status, json, headers: res.headers };
}

/** A customer ticket: created in the fake account and announced through the webhook. */
export async function customerTicket(
  hub: TestHub,
  zd: ReturnType<typeof fakeZendesk>,
  id: number,
  subject: string,
  extra: Partial<Parameters<typeof webhookBody>[0]> = {},
) {
  const createdAt = extra.createdAt ?? hub.clock.now().toISOString();
  zd.add({
    id,
    subject,
    description: extra.description ?? "",
    created_at: createdAt,
    updated_at: createdAt,
    status: "new",
  });
  return sendWebhook(hub, webhookBody({ id, subject, createdAt, ...extra }));
}

/**
 * Runs the scheduler until the help desk is in step. A run that fails part-way (a Zendesk 5xx on a
 * call that is not safe to replay) is what a crash looks like; the next run resumes.
 */
export async function workUntilQuiet(hub: TestHub, maxRuns = 60): Promise<{ runs: number; failures: number }> {
  let failures = 0;
  for (let run = 1; run <= maxRuns; run++) {
    try {
      const report = await runScheduledWork(
        hub.services,
        (events) => handleEvents(events, hub.services),
        async () => {},
      );
      if (report.helpdeskError) throw new Error(report.helpdeskError);
      const pending = await hub.services.helpdesk.store.listUnappliedLinks(1, false);
      const desks = (await hub.call("GET", "/api/v1/incidents?limit=50")).json.incidents as {
        id: string;
        status: string;
      }[];
      const views = await Promise.all(desks.map((d) => hub.call("GET", `/api/v1/incidents/${d.id}/helpdesk`)));
      const busy = views.some(
        (v, i) =>
          v.json.backfill.state === "running" ||
          (desks[i]!.status === "resolved" && v.json.problemTicketId && v.json.autoClose.state !== "done"),
      );
      if (!pending.length && !busy) return { runs: run, failures };
    } catch (e) {
      failures++;
      if (process.env.DEBUG_HELPDESK) console.error(e);
    }
  }
  throw new Error(`help desk still busy after ${maxRuns} runs`);
}
