import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { verifyChain } from "#core/archive/chain";
import { openSqlite } from "../storage/sqlite";
import { createStorage } from "../storage/store";

/** `npm run archive:verify`: walks the archive's hash chain in the SQLite file; exits 1 on any problem. */
const dbPath = resolve(process.env.LIAISON_DB ?? "./data/liaison.sqlite");
const { db, runBatch, close } = openSqlite(
  dbPath,
  resolve(dirname(fileURLToPath(import.meta.url)), "../../../migrations"),
);
const { comms } = createStorage(db, runBatch);
const result = await verifyChain(await comms.listArchive({}));
close();
if (result.ok) {
  console.log(`Archive intact: ${result.checked} entries verified in ${dbPath}.`);
} else {
  for (const p of result.problems) console.error(`seq ${p.seq}: ${p.problem.replace("_", " ")}`);
  console.error(`Archive check FAILED: ${result.problems.length} problem(s) in ${result.checked} entries.`);
  process.exit(1);
}
