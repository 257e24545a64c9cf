import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { systemClock } from "#core/shared/clock";
import { createApp } from "./app";
import { inProcessRunner } from "./jobs/in-process";
import { handleEvents } from "./jobs/scheduled";
import { openSqlite } from "./storage/sqlite";
import { wireServices } from "./wiring";
import { offerDemo } from "./wiring/demo";

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? "0.0.0.0";
const dbPath = resolve(process.env.LIAISON_DB ?? "./data/liaison.sqlite");
const tickMs = Number(process.env.LIAISON_TICK_MS ?? 30_000);

mkdirSync(dirname(dbPath), { recursive: true });
const { db, runBatch, close } = openSqlite(dbPath, resolve(here, "../../migrations"));
const services = await wireServices(process.env, {
  db,
  runBatch,
  clock: systemClock,
  fallbackUrl: `http://localhost:${port}`,
  // A webhook's or a help-desk change's work runs right after it is accepted, not at the next tick.
  kick: () => runner.kick(),
});
const app = createApp(services);
const demoNote = await offerDemo(services, process.env);

const runner = inProcessRunner(services, (events) => handleEvents(events, services));
const timer = setInterval(runner.tick, tickMs);
void runner.tick();

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  const reach = hostname === "0.0.0.0" ? "all interfaces; HOST=127.0.0.1 keeps it to this machine" : hostname;
  console.log(`Liaison hub on http://localhost:${info.port} (listening on ${reach}; SQLite at ${dbPath})`);
  if (!services.adminTokenHash)
    console.log("No LIAISON_ADMIN_TOKEN set. Issue a token with: npm run token -- --name <you> --role admin");
  if (demoNote) console.log(demoNote);
});

const shutdown = () => {
  clearInterval(timer);
  server.close(() => {
    close();
    process.exit(0);
  });
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
