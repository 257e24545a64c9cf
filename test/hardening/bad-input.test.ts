import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tokenFor } from "#core/delivery/subscribe";
import { createDeliveryHub, type DeliveryHub } from "../delivery/support";

const problemJson = "application/problem+json";
let hub: DeliveryHub;
beforeEach(async () => {
  hub = await createDeliveryHub("http://127.0.0.1:9");
});
afterEach(() => hub.close());

/** A body of `total` bytes that never declares its length; counts how much of it the hub pulled. */
function endlessBody(total: number) {
  const chunk = new Uint8Array(65_536).fill(120);
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close();
      pulled.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

const malformedMultipart = {
  method: "POST",
  headers: { "content-type": "multipart/form-data; boundary=xyz" },
  body: '--xyz\r\nContent-Disposition: form-data; name="locale"\r\n\r\nen--broken',
};

async function preferencesToken() {
  const created = await hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "ann@example.com" });
  const s = hub.services;
  return tokenFor({ ...s.delivery!, clock: s.clock }, created.json.id, "preferences", 3_600_000);
}

describe("bad input never becomes a 500", () => {
  it("refuses renaming a component to another's name with 409, as creating one does", async () => {
    await hub.call("POST", "/api/v1/components", { name: "API" });
    const web = (await hub.call("POST", "/api/v1/components", { name: "Web" })).json;
    const clash = await hub.call("PATCH", `/api/v1/components/${web.id}`, { name: "api" });
    expect(clash.status).toBe(409);
    expect(clash.headers.get("content-type")).toContain(problemJson);
    expect((await hub.call("PATCH", `/api/v1/components/${web.id}`, { name: "Web" })).status).toBe(200);
  });

  it("checks the preferences link before reading the form, and answers a malformed form with 400", async () => {
    const stranger = await hub.app.request("/subscriptions/preferences?token=forged", malformedMultipart);
    expect(stranger.status).toBe(403);
    expect(stranger.headers.get("content-type")).toContain(problemJson);
    const token = await preferencesToken();
    const owner = await hub.app.request(
      `/subscriptions/preferences?token=${encodeURIComponent(token)}`,
      malformedMultipart,
    );
    expect(owner.status).toBe(400);
    expect(owner.headers.get("content-type")).toContain(problemJson);
  });

  it("refuses a redirect target with CR/LF or spaces in it", async () => {
    for (const to of ["https://status.example.com/\r\nSet-Cookie: a=b", "https://status.example.com/a b"]) {
      const res = await hub.app.request(`/r?to=${encodeURIComponent(to)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain(problemJson);
    }
    expect((await hub.app.request("/r?to=https%3A%2F%2Fstatus.example.com%2Fincidents")).status).toBe(302);
  });
});

describe("public forms have a body limit", () => {
  for (const path of ["/subscriptions", "/subscriptions/preferences?token=x"]) {
    it(`stops reading an undeclared 64 MB body on POST ${path} with 413`, async () => {
      const { stream, pulled } = endlessBody(64 * 1024 * 1024);
      const res = await hub.app.request(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(res.headers.get("content-type")).toContain(problemJson);
      expect(pulled.bytes).toBeLessThan(1024 * 1024);
    });
  }
});
