import fc from "fast-check";
import { problemWith, seededHub } from "#test/fuzz/hub";
import { apiRequests } from "#test/fuzz/requests";
const h = await seededHub();
const arbs = apiRequests(h.doc, h.knownIds, h.auth);
const seen = new Map<string, number>();
const t0 = performance.now();
for (const seed of [20261202, 7, 99, 12345]) {
  for (const req of fc.sample(fc.oneof(...arbs), { numRuns: 3000, seed })) {
    const res = await h.hub.app.request(req.path, { method: req.method, headers: req.headers, body: req.body });
    const problem = await problemWith(h.doc, req, res);
    if (problem) {
      const key = `${req.method} ${req.operation?.path}: ${problem.slice(0, 160)}`;
      if (!seen.has(key)) console.log(key, "\n   ", req.path, req.body?.slice(0, 250));
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  console.log("seed", seed, "done", (performance.now() - t0).toFixed(0));
}
await h.close();
