import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hours } from "#core/shared/clock";
import { tokenFor } from "../comms/support";
import { adminToken, createTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
beforeEach(async () => {
  hub = await createTestHub();
});
afterEach(() => hub.close());

const origin = "http://localhost";
async function request(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { origin, ...init.headers };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await hub.app.request(`${origin}${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  return { status: res.status, headers: res.headers, json };
}

/** Signs in with a token; returns the cookie header to send back and the anti-CSRF token. */
async function signIn(token: string, url = origin) {
  const res = await hub.app.request(`${url}/console/session`, {
    method: "POST",
    headers: { origin: url, "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  const setCookie = res.headers.get("set-cookie") ?? "";
  const json = (await res.json()) as { csrf: string; role: string; permissions: string[] };
  return { status: res.status, setCookie, cookie: setCookie.split(";")[0]!, ...json };
}

describe("console sign-in", () => {
  it("exchanges a token for an HttpOnly, SameSite=Strict cookie whose secret is stored only as a hash", async () => {
    const s = await signIn(adminToken);
    expect(s.status).toBe(201);
    expect(s.setCookie).toMatch(/^liaison_session=lss_[\w-]{40,};/);
    expect(s.setCookie).toContain("HttpOnly");
    expect(s.setCookie).toContain("SameSite=Strict");
    expect(s.setCookie).not.toContain("Secure");
    expect(s.role).toBe("admin");
    const secret = s.cookie.split("=")[1]!;
    const rows = await hub.db.all<{ hash: string; token_hash: string }>(sql`select * from console_sessions`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).not.toContain(adminToken);
    const listed = await request("GET", "/api/v1/incidents", { headers: { cookie: s.cookie } });
    expect(listed.status).toBe(200);
    expect((await signIn(adminToken, "https://status.example.com")).setCookie).toContain("Secure");
  });

  it("refuses an unknown token and a sign-in posted from another site", async () => {
    const bad = await signIn("lsn_this-token-was-never-issued-at-all");
    expect(bad.status).toBe(401);
    expect(bad.setCookie).toBe("");
    const res = await hub.app.request(`${origin}/console/session`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ token: adminToken }),
    });
    expect(res.status).toBe(403);
  });
});

describe("requests made with the session cookie", () => {
  it("need the anti-CSRF token and a same-site origin on every change", async () => {
    const s = await signIn(adminToken);
    const body = { name: "Checkout" };
    const missing = await request("POST", "/api/v1/components", { body, headers: { cookie: s.cookie } });
    expect(missing.status).toBe(403);
    const wrong = await request("POST", "/api/v1/components", {
      body,
      headers: { cookie: s.cookie, "x-csrf-token": "0".repeat(64) },
    });
    expect(wrong.status).toBe(403);
    const crossSite = await request("POST", "/api/v1/components", {
      body,
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf, origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    const ok = await request("POST", "/api/v1/components", {
      body,
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
    });
    expect(ok.status).toBe(201);
  });

  it("carry exactly the role of the token they came from", async () => {
    const viewer = (await tokenFor(hub, "viewer")).authorization.slice("Bearer ".length);
    const s = await signIn(viewer);
    expect(s.permissions).toEqual(["read"]);
    const declare = await request("POST", "/api/v1/incidents", {
      body: { title: "x", severity: "P3", message: "y" },
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
    });
    expect(declare.status).toBe(403);
  });

  it("stop working after sign-out, after expiry, and when the token is revoked", async () => {
    const signedOut = await signIn(adminToken);
    expect(
      (
        await request("DELETE", "/console/session", {
          headers: { cookie: signedOut.cookie, "x-csrf-token": signedOut.csrf },
        })
      ).status,
    ).toBe(204);
    expect((await request("GET", "/api/v1/incidents", { headers: { cookie: signedOut.cookie } })).status).toBe(401);

    const expiring = await signIn(adminToken);
    hub.clock.advance(hours(12) + 1);
    expect((await request("GET", "/console/session", { headers: { cookie: expiring.cookie } })).status).toBe(401);

    const issued = await hub.call("POST", "/api/v1/tokens", { name: "liaison", role: "liaison" });
    const revoked = await signIn(issued.json.token!);
    expect((await request("GET", "/api/v1/incidents", { headers: { cookie: revoked.cookie } })).status).toBe(200);
    await hub.call("DELETE", `/api/v1/tokens/${issued.json.id}`);
    expect((await request("GET", "/api/v1/incidents", { headers: { cookie: revoked.cookie } })).status).toBe(401);
  });
});
