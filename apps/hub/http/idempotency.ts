import { createMiddleware } from "hono/factory";
import { hashToken } from "#core/auth/tokens";
import type { HonoEnv } from "../env";
import { problem } from "./problem";

const validKey = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on a POST: the first result (success or 4xx) is stored and replayed for any
 * retry with the same key and body. 5xx results are forgotten so the retry runs again.
 */
export const idempotency = createMiddleware<HonoEnv>(async (c, next) => {
  const key = c.req.header("idempotency-key");
  if (c.req.method !== "POST" || key === undefined) return next();
  if (!validKey.test(key)) return problem(c, 400, "Idempotency-Key must be 1–255 printable ASCII characters.");
  const { idempotency: store, clock } = c.get("services");
  const principal = c.get("principal");
  const scope = principal.tokenId ?? "bootstrap-admin";
  const requestHash = await hashToken(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
  const claim = await store.claim(scope, key, requestHash, clock.now());
  if (claim.state !== "new" && claim.requestHash !== requestHash) {
    return problem(
      c,
      422,
      "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
      { code: "idempotency_key_reused" },
    );
  }
  if (claim.state === "pending") {
    return problem(c, 409, "A request with this Idempotency-Key is still being processed. Retry shortly.", {
      code: "idempotency_in_progress",
    });
  }
  if (claim.state === "done") {
    return new Response(claim.body, {
      status: claim.status,
      headers: {
        "Content-Type": claim.status >= 400 ? "application/problem+json" : "application/json",
        "Idempotent-Replayed": "true",
        "X-Request-Id": c.get("requestId"),
      },
    });
  }
  try {
    await next();
  } catch (e) {
    await store.release(scope, key);
    throw e;
  }
  if (c.res.status >= 500) await store.release(scope, key);
  else await store.complete(scope, key, c.res.status, await c.res.clone().text());
});
