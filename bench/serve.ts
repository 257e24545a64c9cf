import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApp } from "#apps/hub/app";
import { createServices } from "#apps/hub/services";
import { openSqlite } from "#apps/hub/storage/sqlite";
import { systemClock } from "#core/shared/clock";
import { seedHistory } from "./seed";

/** Serves the seeded hub and an empty Hono app the same way, each on its own port. */
const dir = mkdtempSync(join(tmpdir(), "liaison-bench-"));
const { db, runBatch } = openSqlite(join(dir, "bench.sqlite"), resolve(import.meta.dirname, "../migrations"));
const services = createServices({
  db,
  runBatch,
  clock: systemClock,
  page: { id: "bench", name: "Bench", url: "http://localhost", timeZone: "Etc/UTC" },
  adminTokenHash: null,
});
await seedHistory(services.store, services.comms, new Date());

const empty = new Hono();
empty.get("/", (c) => c.text(""));

const hub = serve({ fetch: createApp(services).fetch, port: 0 }, () => {});
const baseline = serve({ fetch: empty.fetch, port: 0 }, () => {});
await new Promise((r) => setTimeout(r, 100));
const port = (s: typeof hub) => (s.address() as { port: number }).port;
process.send!({ hub: port(hub), empty: port(baseline) });
