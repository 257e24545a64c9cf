import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { csrfTokenFor } from "#core/auth/sessions";
import { constantTimeEqual } from "#core/shared/compare";
import { DomainError } from "#core/shared/errors";
import type { HonoEnv } from "../env";

const cookieName = "liaison_session";
export const csrfHeader = "x-csrf-token";
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

const isHttps = (c: Context<HonoEnv>) =>
  new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

export const readSessionCookie = (c: Context<HonoEnv>) => getCookie(c, cookieName);

/** HttpOnly, SameSite=Strict, Secure whenever the hub is reached over HTTPS; the whole site, so /api/v1 gets it. */
export function writeSessionCookie(c: Context<HonoEnv>, secret: string, expiresAt: Date) {
  setCookie(c, cookieName, secret, {
    httpOnly: true,
    secure: isHttps(c),
    sameSite: "Strict",
    path: "/",
    expires: expiresAt,
  });
}

export const clearSessionCookie = (c: Context<HonoEnv>) =>
  deleteCookie(c, cookieName, { path: "/", secure: isHttps(c), httpOnly: true, sameSite: "Strict" });

/** Origins this hub answers as: the one the request came to, and the configured public URL. */
function sameOrigin(c: Context<HonoEnv>, origin: string): boolean {
  const own = [new URL(c.req.url).origin, new URL(c.get("services").page.url).origin];
  const host = c.req.header("host");
  if (host) own.push(`${isHttps(c) ? "https" : "http"}://${host}`);
  return own.includes(origin);
}

/**
 * Cross-site request forgery checks for a cookie-authenticated request. Unsafe methods need an Origin
 * of this hub (when the browser sends one) and the session's anti-CSRF token in X-CSRF-Token;
 * SameSite=Strict is the first line, these are the second.
 */
export async function checkCsrf(c: Context<HonoEnv>, secret: string | null): Promise<void> {
  if (safeMethods.has(c.req.method)) return;
  const origin = c.req.header("origin");
  if (c.req.header("sec-fetch-site") === "cross-site" || (origin && !sameOrigin(c, origin))) {
    throw new DomainError("forbidden", "Cross-site requests may not use the console session.");
  }
  if (secret === null) return;
  const sent = c.req.header(csrfHeader) ?? "";
  if (!sent || !constantTimeEqual(sent, await csrfTokenFor(secret))) {
    throw new DomainError("forbidden", "Send the console's X-CSRF-Token with every change.");
  }
}
