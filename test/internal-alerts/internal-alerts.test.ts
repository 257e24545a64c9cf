import { createServer } from "node:http";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "#apps/hub/app";
import { handleEvents, runScheduledWork } from "#apps/hub/jobs/scheduled";
import { createServices, type Services } from "#apps/hub/services";
import { openSqlite } from "#apps/hub/storage/sqlite";
import { internalAlertOptions } from "#apps/hub/wiring/internal-alerts";
import { hashToken } from "#core/auth/tokens";
import type { DomainEvent } from "#core/ports/store";
import { fixedClock } from "#core/shared/clock";
import { adminToken } from "../support/hub";

/** A local stand-in for Slack and Teams incoming webhooks: records every post by path. */
async function startChatSink() {
  const posts: { path: string; body: Record<string, string> }[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      if (req.url === "/gone") {
        res.writeHead(404).end("no_service");
        return;
      }
      posts.push({ path: req.url ?? "", body: JSON.parse(raw) });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, posts, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let sink: Awaited<ReturnType<typeof startChatSink>>;
let close: () => void;
beforeEach(async () => {
  sink = await startChatSink();
});
afterEach(async () => {
  close?.();
  await sink.close();
});

async function hubWith(env: Record<string, string>) {
  const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
  const opened = openSqlite(":memory:", resolve(import.meta.dirname, "../../migrations"));
  close = opened.close;
  const services = createServices({
    ...opened,
    clock,
    page: { id: "liaison", name: "Acme status", url: "https://status.example.com", timeZone: "Etc/UTC" },
    adminTokenHash: await hashToken(adminToken),
    internalAlerts: internalAlertOptions(env),
  });
  const app = createApp(services);
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const seen: DomainEvent[] = [];
  const tick = (s: Services) =>
    runScheduledWork(s, async (events) => {
      seen.push(...events);
      await handleEvents(events, s);
    });
  return { services, clock, post, seen, tick: () => tick(services) };
}

describe("internal alerting", () => {
  it("tells Slack and Teams once about an overdue update and a maintenance overrun, linking the console", async () => {
    const hub = await hubWith({
      LIAISON_INTERNAL_SLACK_WEBHOOK: `${sink.url}/slack`,
      LIAISON_INTERNAL_TEAMS_WEBHOOK: `${sink.url}/teams`,
    });
    const res = await hub.post("/api/v1/incidents", { title: "Checkout down", severity: "P1", message: "Go." });
    const incident = (await res.json()) as { id: string };
    await hub.post("/api/v1/maintenances", {
      title: "Database upgrade",
      message: "Short window.",
      scheduled_for: "2026-11-20T10:05:00Z",
      scheduled_until: "2026-11-20T10:20:00Z",
    });
    await hub.tick();
    expect(sink.posts).toEqual([]);
    hub.clock.set(new Date("2026-11-20T10:10:00Z"));
    await hub.tick();
    hub.clock.set(new Date("2026-11-20T10:35:00Z"));
    await hub.tick();
    const slack = sink.posts.filter((p) => p.path === "/slack").map((p) => p.body.text!);
    const teams = sink.posts.filter((p) => p.path === "/teams").map((p) => p.body.text!);
    expect(slack.map((t) => t.split("\n")[0])).toEqual([
      "*[Liaison] Maintenance overrun*",
      "*[Liaison] Update reminder*",
    ]);
    expect(teams).toHaveLength(2);
    const reminder = slack.find((t) => t.includes("Update reminder"))!;
    expect(reminder).toContain("Checkout down");
    expect(reminder).toContain(`Open in the console: https://status.example.com/console/incidents/${incident.id}`);
    expect(slack.some((t) => t.includes("Maintenance overrun") && t.includes("post a new ETA"))).toBe(true);

    // A later run and a redelivery of every event (a crash before the outbox marked them) add nothing.
    hub.clock.set(new Date("2026-11-20T10:36:00Z"));
    await hub.tick();
    await handleEvents(hub.seen, hub.services);
    expect(sink.posts).toHaveLength(4);
  });

  it("keeps going when a channel refuses, and does not retry the refused alert on every run", async () => {
    const hub = await hubWith({
      LIAISON_INTERNAL_SLACK_WEBHOOK: `${sink.url}/gone`,
      LIAISON_INTERNAL_TEAMS_WEBHOOK: `${sink.url}/teams`,
    });
    await hub.post("/api/v1/incidents", { title: "Search slow", severity: "P1", message: "Investigating." });
    hub.clock.set(new Date("2026-11-20T10:35:00Z"));
    await hub.tick();
    await handleEvents(hub.seen, hub.services);
    expect(sink.posts.map((p) => p.path)).toEqual(["/teams"]);
    expect(await hub.services.store.listPendingEvents(10)).toEqual([]);
  });

  it("refuses an internal email list without an email provider, naming what is missing", () => {
    expect(() => internalAlertOptions({ LIAISON_INTERNAL_EMAIL: "oncall@example.com" })).toThrow(
      /LIAISON_SENDGRID_API_KEY/,
    );
    expect(() => internalAlertOptions({ LIAISON_INTERNAL_EMAIL: "not-an-address" })).toThrow(/LIAISON_INTERNAL_EMAIL/);
    expect(internalAlertOptions({})).toBeNull();
  });
});
