import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const base = "https://status.example.com";
const call = (path: string, init: RequestInit = {}) => exports.default.fetch(new Request(`${base}${path}`, init));

describe("the console inside workerd on D1", () => {
  it("serves its page and script, and a session cookie stored in D1 works for the API until sign-out", async () => {
    const page = await call("/console");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("/console/app.js");
    expect((await call("/console/app.js")).headers.get("content-type")).toContain("javascript");

    const signIn = await call("/console/session", {
      method: "POST",
      headers: { origin: base, "content-type": "application/json" },
      body: JSON.stringify({ token: "workers-test-admin-token" }),
    });
    expect(signIn.status).toBe(201);
    const setCookie = signIn.headers.get("set-cookie") ?? "";
    expect(setCookie).toContain("Secure");
    const cookie = setCookie.split(";")[0]!;
    const { csrf } = await signIn.json<{ csrf: string }>();
    const headers = { cookie, origin: base, "content-type": "application/json" };
    const created = await call("/api/v1/components", {
      method: "POST",
      headers: { ...headers, "x-csrf-token": csrf },
      body: JSON.stringify({ name: "Console check" }),
    });
    expect(created.status).toBe(201);
    expect(
      (await call("/console/session", { method: "DELETE", headers: { ...headers, "x-csrf-token": csrf } })).status,
    ).toBe(204);
    expect((await call("/api/v1/components", { headers })).status).toBe(401);
  });
});
