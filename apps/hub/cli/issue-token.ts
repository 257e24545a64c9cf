import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Role } from "#core/auth/roles";
import { issueToken } from "#core/auth/tokens";
import { builtInPolicy } from "#core/policy/document";
import { systemClock } from "#core/shared/clock";
import { newId } from "#core/shared/ids";
import { logNotifier } from "../notify/notifiers";
import { openSqlite } from "../storage/sqlite";
import { createStorage } from "../storage/store";

/** `npm run token -- --name "On-call bot" --role commander`: issues a token straight into the SQLite file. */
const { values } = parseArgs({ options: { name: { type: "string" }, role: { type: "string", default: "admin" } } });
const role = Role.safeParse(values.role);
if (!values.name || !role.success) {
  console.error(`Usage: npm run token -- --name <name> --role <${Role.options.join("|")}>`);
  process.exit(2);
}
const dbPath = resolve(process.env.LIAISON_DB ?? "./data/liaison.sqlite");
mkdirSync(dirname(dbPath), { recursive: true });
const { db, runBatch, close } = openSqlite(
  dbPath,
  resolve(dirname(fileURLToPath(import.meta.url)), "../../../migrations"),
);
const { store, comms } = createStorage(db, runBatch);
const issued = await issueToken({
  ctx: {
    store,
    comms,
    notifier: logNotifier,
    clock: systemClock,
    newId,
    policy: builtInPolicy,
    actor: { tokenId: null, name: "cli", role: "admin", approves: [] },
  },
  input: { name: values.name, role: role.data },
});
close();
console.log(`Issued ${issued.role} token ${issued.id} (${issued.name}). Shown once, store it now:\n${issued.token}`);
