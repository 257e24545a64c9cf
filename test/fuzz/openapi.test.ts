import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemWith, seededHub, statedRules } from "./hub";
import { publicRequests } from "./public-requests";
import { apiRequests, type FuzzRequest } from "./requests";

/**
 * Property-based fuzzing driven by the hub's own OpenAPI document: every operation under /api/v1 gets
 * requests that are valid by the document and ones that are not; the public routes get hostile ones.
 * Fixed seed and run count, so CI sees the same requests every time.
 */
let h: Awaited<ReturnType<typeof seededHub>>;
beforeAll(async () => {
  h = await seededHub();
});
afterAll(() => h.close());

const send = (req: FuzzRequest) =>
  h.hub.app.request(req.path, { method: req.method, headers: req.headers, body: req.body });

async function fuzz(arbitraries: fc.Arbitrary<FuzzRequest>[], numRuns: number, seed: number) {
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(fc.oneof(...arbitraries), async (req) => {
      sent++;
      const problem = await problemWith(h.doc, req, await send(req));
      if (problem) throw new Error(`${req.method} ${req.path}: ${problem}`);
    }),
    { numRuns, seed, endOnFailure: true },
  );
  return sent;
}

describe("fuzzing the hub from its OpenAPI document", () => {
  it("covers every documented operation", () => {
    const operations = Object.values(h.doc.paths).flatMap((ops) => Object.keys(ops));
    expect(apiRequests(h.doc, h.knownIds, h.auth)).toHaveLength(operations.length);
    expect(operations.length).toBeGreaterThan(60);
  });

  it("states in the document every rule that may refuse a request its schemas call valid", () => {
    for (const [operation, rule] of Object.entries(statedRules)) {
      const [method, path] = operation.split(" ") as [string, string];
      const op = h.doc.paths[path]?.[method] as { description?: string } | undefined;
      expect(op?.description, operation).toContain(rule.stated);
    }
  });

  it("answers thousands of API requests without a 5xx, with documented 2xx bodies and problem+json errors", async () => {
    expect(await fuzz(apiRequests(h.doc, h.knownIds, h.auth), 3_000, 20261202)).toBe(3_000);
    // A fixed amount of work (about 8 s of CPU); the margin is for a CI runner shared with other jobs.
  }, 120_000);

  it("answers hostile requests to the public routes without a 5xx, with problem+json errors", async () => {
    expect(await fuzz(publicRequests(h.knownIds, h.tokens), 1_500, 15)).toBe(1_500);
  });
});
