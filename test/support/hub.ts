import { resolve } from "node:path";
import { createApp } from "#apps/hub/app";
import { recordingNotifier } from "#apps/hub/notify/notifiers";
import { createServices, type Services } from "#apps/hub/services";
import { openSqlite } from "#apps/hub/storage/sqlite";
import type { DeliveryOptions } from "#apps/hub/wiring/delivery";
import type { HelpdeskConfig } from "#apps/hub/wiring/helpdesk";
import type { InternalAlertOptions } from "#apps/hub/wiring/internal-alerts";
import type { MonitoringConfig } from "#connectors/monitoring/index";
import { hashToken } from "#core/auth/tokens";
import { defaultDeskSettings } from "#core/helpdesk/deps";
import type { Crm } from "#core/ports/crm";
import type { HelpDesk } from "#core/ports/helpdesk";
import { fixedClock } from "#core/shared/clock";

export const adminToken = "test-admin-token-0123456789";
const migrations = resolve(import.meta.dirname, "../../migrations");

/**
 * A hub on a fresh in-memory SQLite database with a clock the test controls. Requests go through
 * the real app with `app.request`.
 */
export async function createTestHub(
  options: {
    now?: Date;
    dbPath?: string;
    desk?: HelpDesk;
    helpdesk?: Partial<HelpdeskConfig>;
    crmConnectors?: Crm[];
    monitoring?: MonitoringConfig;
    delivery?: DeliveryOptions;
    internalAlerts?: InternalAlertOptions | null;
    kick?: Services["kick"];
  } = {},
) {
  const clock = fixedClock(options.now ?? new Date("2026-11-20T10:00:00Z"));
  const { db, runBatch, close } = openSqlite(options.dbPath ?? ":memory:", migrations);
  const notifier = recordingNotifier();
  const services = createServices({
    notifier,
    db,
    runBatch,
    clock,
    page: { id: "liaison", name: "Acme status", url: "https://status.example.com", timeZone: "Etc/UTC" },
    adminTokenHash: await hashToken(adminToken),
    desk: options.desk,
    helpdesk: {
      connector: null,
      webhookSecret: null,
      liaisonEmail: null,
      settings: defaultDeskSettings,
      ...options.helpdesk,
    },
    crmConnectors: options.crmConnectors,
    monitoring: options.monitoring,
    delivery: options.delivery,
    internalAlerts: options.internalAlerts,
    kick: options.kick,
  });
  const app = createApp(services);

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { authorization: `Bearer ${adminToken}`, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const res = await app.request(path, init);
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  };

  /** Creates a component and returns its id. */
  const component = async (name: string, group?: string) =>
    (await call("POST", "/api/v1/components", { name, group })).json.id as string;

  /** Declares an incident and returns the API's answer. */
  const declare = async (body: Record<string, unknown>) => {
    const res = await call("POST", "/api/v1/incidents", {
      title: "Checkout errors",
      severity: "P2",
      message: "We are investigating failed checkouts.",
      ...body,
    });
    if (res.status !== 201) throw new Error(`declare failed: ${res.status} ${res.text}`);
    return res.json;
  };

  return { app, services, clock, call, component, declare, close, db, notifier };
}

export type TestHub = Awaited<ReturnType<typeof createTestHub>>;
