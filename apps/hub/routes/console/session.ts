import { Hono } from "hono";
import { z } from "zod";
import type { HonoEnv } from "#apps/hub/env";
import { zodProblem } from "#apps/hub/http/problem";
import { checkCsrf, clearSessionCookie, readSessionCookie, writeSessionCookie } from "#apps/hub/http/session-cookie";
import { type Principal, permissions, principalCan } from "#core/auth/roles";
import { closeSession, csrfTokenFor, openSession, sessionPrincipal } from "#core/auth/sessions";
import { DomainError } from "#core/shared/errors";

const SignIn = z.strictObject({ token: z.string().trim().min(16).max(200) });

/** What the console needs to know about who is signed in: the same role model as the API. */
async function sessionView(principal: Principal, secret: string, now: Date, expiresAt?: Date) {
  return {
    name: principal.name,
    role: principal.role,
    approves: principal.approves,
    permissions: permissions.filter((p) => principalCan(principal, p)),
    csrf: await csrfTokenFor(secret),
    /** The hub's clock: the console's countdowns follow the hub's deadlines, not the browser's clock. */
    now: now.toISOString(),
    ...(expiresAt ? { expires_at: expiresAt.toISOString() } : {}),
  };
}

/** Sign-in (a token pasted once, exchanged for a cookie), who am I, and sign-out. */
export function consoleSession() {
  const app = new Hono<HonoEnv>();
  const deps = (c: { get: (k: "services") => HonoEnv["Variables"]["services"] }) => {
    const s = c.get("services");
    return { store: s.store, clock: s.clock, adminTokenHash: s.adminTokenHash };
  };

  app.post("/session", async (c) => {
    await checkCsrf(c, null);
    const parsed = SignIn.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return zodProblem(c, parsed.error, "body");
    const opened = await openSession(deps(c), parsed.data.token);
    writeSessionCookie(c, opened.secret, opened.expiresAt);
    return c.json(
      await sessionView(opened.principal, opened.secret, c.get("services").clock.now(), opened.expiresAt),
      201,
    );
  });

  app.get("/session", async (c) => {
    const secret = readSessionCookie(c);
    if (!secret) throw new DomainError("unauthorized", "Not signed in.");
    c.header("Cache-Control", "no-store");
    return c.json(
      await sessionView(await sessionPrincipal(deps(c), secret), secret, c.get("services").clock.now()),
      200,
    );
  });

  app.delete("/session", async (c) => {
    const secret = readSessionCookie(c);
    if (secret) {
      await checkCsrf(c, secret);
      await closeSession(deps(c), secret);
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  return app;
}
