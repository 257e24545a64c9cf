import { describe, expect, it } from "vitest";
import { defaultPolicy } from "#core/policy/document";
import { withDeliveryHub } from "./support";

const t = withDeliveryHub();

const signUp = (body: unknown) =>
  t.hub.app.request("/subscriptions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("public SMS sign-up", () => {
  it("is closed by default, and once the policy opens it, a number confirms by the texted link before any alert", async () => {
    const closed = await signUp({ channel: "sms", address: "+447700900123" });
    expect(closed.status).toBe(400);
    expect(((await closed.json()) as { detail: string }).detail).toContain("publicSmsSignup");
    expect((await t.hub.call("PUT", "/api/v1/policy", { ...defaultPolicy, publicSmsSignup: true })).status).toBe(200);

    expect((await signUp({ channel: "sms", address: "07700 900123" })).status).toBe(400);
    expect((await signUp({ channel: "sms", address: "+447700900123" })).status).toBe(202);
    const [confirm] = t.sink.byRecipient.get("+447700900123")!;
    expect(confirm!.text).toMatch(
      /^Acme status: confirm status alerts at https:\/\/status\.example\.com\/subscriptions\/confirm\?token=/,
    );
    await t.hub.publish({ severity: "P3" });
    await t.hub.tick();
    expect(t.sink.byRecipient.get("+447700900123")).toHaveLength(1);
    const link = confirm!.text.match(/https:\S+/)![0].replace("https://status.example.com", "");
    expect((await t.hub.app.request(link)).status).toBe(200);
    expect((await t.hub.call("GET", "/api/v1/policy")).json.document.publicSmsSignup).toBe(true);
  });
});
