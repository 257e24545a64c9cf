import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApp } from "#apps/hub/app";
import { createServices } from "#apps/hub/services";
import { openSqlite } from "#apps/hub/storage/sqlite";
import { systemClock } from "#core/shared/clock";

/**
 * One server on loopback: the hub with monitoring secrets (SQLite file, as `npm start`) and an
 * empty POST route beside it.
 */
const dir = mkdtempSync(join(tmpdir(), "liaison-alerts-"));
const { db, runBatch } = openSqlite(join(dir, "bench.sqlite"), resolve(import.meta.dirname, "../migrations"));
const services = createServices({
  db,
  runBatch,
  clock: systemClock,
  page: { id: "bench", name: "Bench", url: "http://localhost", timeZone: "Etc/UTC" },
  adminTokenHash: null,
  monitoring: { pagerduty: [process.env.BENCH_PD_SECRET!], alertmanager: { bearerToken: process.env.BENCH_AM_TOKEN! } },
});
const root = new Hono();
root.post("/bench/empty", async (c) => c.json({ accepted: (await c.req.text()).length > 0 }, 202));
root.route("/", createApp(services));
const server = serve({ fetch: root.fetch, hostname: "127.0.0.1", port: 0 }, () => {});
await new Promise((r) => setTimeout(r, 100));
process.send!({ port: (server.address() as { port: number }).port });
