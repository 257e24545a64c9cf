import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApp } from "#apps/hub/app";
import { createServices } from "#apps/hub/services";
import { openSqlite } from "#apps/hub/storage/sqlite";
import { defaultDeskSettings } from "#core/helpdesk/deps";
import { systemClock } from "#core/shared/clock";

/** Serves the hub with a Zendesk webhook secret (SQLite file, as `npm start` does) and an empty POST route. */
const dir = mkdtempSync(join(tmpdir(), "liaison-intake-"));
const { db, runBatch } = openSqlite(join(dir, "bench.sqlite"), resolve(import.meta.dirname, "../migrations"));
const services = createServices({
  db,
  runBatch,
  clock: systemClock,
  page: { id: "bench", name: "Bench", url: "http://localhost", timeZone: "Etc/UTC" },
  adminTokenHash: null,
  helpdesk: {
    connector: null,
    webhookSecret: process.env.BENCH_SECRET!,
    liaisonEmail: null,
    settings: defaultDeskSettings,
  },
});
const empty = new Hono();
empty.post("/", async (c) => c.json({ accepted: (await c.req.text()).length > 0 }, 202));
const hub = serve({ fetch: createApp(services).fetch, port: 0 }, () => {});
const baseline = serve({ fetch: empty.fetch, port: 0 }, () => {});
await new Promise((r) => setTimeout(r, 100));
const port = (s: typeof hub) => (s.address() as { port: number }).port;
process.send!({ hub: port(hub), empty: port(baseline) });
